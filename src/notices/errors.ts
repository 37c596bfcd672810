// Errors of the notices, each with a Chinese message saying what is wrong and what to do.

/** The notice asked for does not apply to the application in its present state. */
export class NoticeUnavailableError extends Error {
  override readonly name = 'NoticeUnavailableError';
}

/** A notice template (built-in or an agency's) that cannot be used: file, line and what is wrong. */
export class NoticeTemplateError extends Error {
  override readonly name = 'NoticeTemplateError';
}

/** An agency details file (agency.json) that cannot be used. */
export class AgencyDetailsError extends Error {
  override readonly name = 'AgencyDetailsError';
}
