export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Length of the reason for a rejection, sent to the applicant in the decision e-mail. */
export const REJECTION_REASON_LIMITS = { min: 3, max: 2000 } as const;
