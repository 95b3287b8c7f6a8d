/** A sentence that opens by referring back ("The platform said...", "It has...", "Компания...") is about the previous one's subject. */
export const REFERS_BACK =
  /^\s*(?:it|its|they|their|them|this|these|the\s+(?:platform|company|app|service|messenger|agency|regulator|firm|network|watchdog|group|bank|operator|carrier|startup|retailer|automaker|carmaker|airline|maker|giant|business|lender|insurer|broadcaster)|платформа|компания|сервис|мессенджер|ведомство|регулятор|банк|оператор|он|она|оно|они|его|её|ее|их)(?![\p{L}])/iu;
