/** The extension's own words, in English and Russian. Page and source text are never translated. */
export const EN = {
  appName: 'Source Context',
  loading: 'Reading this page…',
  restrictedTitle: "This page can't be read",
  restrictedBody: "Browsers don't let extensions read their own pages or web stores. Open a news article to see what the sources say.",
  emptyTitle: 'Nothing from the sources here',
  emptyBody: "This page doesn't mention any topic the bundled sources cover.",
  offTitle: 'Source Context is off here',
  offBody: 'Turn it back on for this site to see highlights and findings.',
  errorTitle: 'Something went wrong',
  conflicting: 'Conflicting figures',
  sourcesDisagree: 'Sources disagree',
  matchingFacts: 'Matching facts',
  confirmedFigures: 'Figures the sources confirm',
  closeFigures: 'Close to the sources, within rounding',
  topicsOnPage: 'Topics on this page',
  noFacts: 'No sentence on this page states a fact from the sources closely enough to quote.',
  thisPage: 'This page',
  source: 'Source',
  sourceCiting: 'Source, citing {name}',
  match: 'match {percent}%',
  showOnPage: 'Show on page',
  notFoundOnPage: 'That passage is no longer on the page.',
  turnOffSite: 'Turn off on {site}',
  turnOnSite: 'Turn on for {site}',
  settings: 'Settings',
  settingsProblem: 'Some settings could not be read and were reset: {problems}',
  mentions: '{count} mentions',
  optionsTitle: 'Source Context settings',
  optEnabled: 'Highlight and check pages',
  optKinds: 'What to highlight',
  optTopics: 'Topics the sources cover',
  optFacts: 'Sentences the sources confirm',
  optAgree: 'Figures the sources confirm',
  optClose: 'Figures close to the sources (within rounding)',
  optConflict: 'Figures that conflict with the sources',
  optPalette: 'Colours',
  optSites: 'Sites where it stays off',
  optSitesHelp: 'One host name per line, e.g. news.example.com. Subdomains are included.',
  optSaved: 'Saved. Open pages update without a reload.',
  optSave: 'Save',
} as const;

export type MessageKey = keyof typeof EN;
export type Messages = Record<MessageKey, string>;

export const RU: Messages = {
  appName: 'Source Context',
  loading: 'Читаю страницу…',
  restrictedTitle: 'Эту страницу прочитать нельзя',
  restrictedBody: 'Браузеры не дают расширениям читать свои служебные страницы и магазины расширений. Откройте новостную статью.',
  emptyTitle: 'Здесь нет ничего из источников',
  emptyBody: 'На странице нет тем, о которых пишут встроенные источники.',
  offTitle: 'Source Context здесь выключен',
  offBody: 'Включите его для этого сайта, чтобы видеть подсветку и находки.',
  errorTitle: 'Что-то пошло не так',
  conflicting: 'Расходящиеся цифры',
  sourcesDisagree: 'Источники расходятся',
  matchingFacts: 'Подтверждённые факты',
  confirmedFigures: 'Цифры, которые подтверждают источники',
  closeFigures: 'Близко к источникам, в пределах округления',
  topicsOnPage: 'Темы на странице',
  noFacts: 'Ни одно предложение на странице не совпадает с фактом из источников достаточно близко, чтобы его процитировать.',
  thisPage: 'На странице',
  source: 'Источник',
  sourceCiting: 'Источник со ссылкой на {name}',
  match: 'совпадение {percent}%',
  showOnPage: 'Показать на странице',
  notFoundOnPage: 'Этого места на странице больше нет.',
  turnOffSite: 'Выключить на {site}',
  turnOnSite: 'Включить на {site}',
  settings: 'Настройки',
  settingsProblem: 'Часть настроек не удалось прочитать, они сброшены: {problems}',
  mentions: 'упоминаний: {count}',
  optionsTitle: 'Настройки Source Context',
  optEnabled: 'Подсвечивать и проверять страницы',
  optKinds: 'Что подсвечивать',
  optTopics: 'Темы из источников',
  optFacts: 'Предложения, которые подтверждают источники',
  optAgree: 'Цифры, которые подтверждают источники',
  optClose: 'Цифры, близкие к источникам (в пределах округления)',
  optConflict: 'Цифры, которые расходятся с источниками',
  optPalette: 'Цвета',
  optSites: 'Сайты, где расширение выключено',
  optSitesHelp: 'По одному адресу в строке, например news.example.com. Поддомены тоже.',
  optSaved: 'Сохранено. Открытые страницы обновятся без перезагрузки.',
  optSave: 'Сохранить',
};

/** Russian for a Russian browser, English otherwise. */
export function messagesFor(language: string | undefined): Messages {
  return /^ru\b/i.test(language ?? '') ? RU : EN;
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(messages: Messages): Translate {
  return (key, vars) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars?.[name] ?? `{${name}}`));
}
