/**
 * The one worker module's jobs (issue 12): what runs off the main thread, and the envelope every
 * message to the worker travels in. Replies come back in each job's own shape.
 */
export type Job = 'preview' | 'build' | 'sheet';

export interface JobEnvelope {
  job: Job;
  message: unknown;
}

export type Post = (reply: unknown, transfer?: Transferable[]) => void;

/** A job's handler inside the worker: one per worker, keeping whatever it needs between messages. */
export type JobHandler = (message: never, post: Post) => void | Promise<void>;
