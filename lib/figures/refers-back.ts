/** A sentence that opens by referring back ("The platform said...") is about the previous one's subject. */
export const REFERS_BACK = /^\s*(the (platform|company|app|service|messenger|agency|regulator|firm|network|watchdog)|it|its|they|their|платформа|компания|сервис|мессенджер|ведомство|он[ао]?)\b/iu;
