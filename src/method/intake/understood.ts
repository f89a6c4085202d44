// What `ask` read from the words: one value per requirements field, with the words that said it.
// Every extractor returns these; the composer turns them into a requirements draft.

export interface Understood {
  /** Requirements field path, e.g. "flows[0].throughput.peak_per_second". */
  field: string;
  value: unknown;
  /** The words of the request that gave the value, quoted as written. */
  from: string;
  /** How the words were read when they allow more than one reading; becomes a stated assumption. */
  note?: string;
  /** Where the quoted words start in the request, when the same words occur more than once. */
  at?: number;
}

/** A fact the words did not settle, asked back in plain language. */
export interface IntakeQuestion {
  field: string;
  question: string;
}

/** One extractor: the whole request in, what it understood out. */
export type Extractor = (text: string) => Understood[];

export const FLOW = 'flows[0]';
