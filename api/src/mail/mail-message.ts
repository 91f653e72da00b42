/** The payload of a send-email job. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Why the message exists, for the log (never the content itself). */
  purpose: string;
}
