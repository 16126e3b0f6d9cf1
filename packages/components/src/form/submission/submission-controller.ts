import type { OutageNotice } from '@wmebv/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SavedReceipt } from '../session-store.js';
import type { PreparedEnvelope } from './envelope.js';
import type { FailedOutcome } from './outcomes.js';
import type { FailedAttempt } from './proof-of-attempt.js';
import type { SendOutcome } from './send.js';
import type { UploadProgress } from './transport.js';

/** What a send needs from the form around it. */
export interface SendRequest {
  /** The intake endpoint. */
  action: string;
  /** Builds the envelope (hashing files takes a moment; the form shows "sending" meanwhile). */
  prepare: () => Promise<PreparedEnvelope>;
  /** Called with the idempotency key just before the request: save it with the answers, so a reload mid-send resends under the same key. */
  beforeSend: (idempotencyKey: string) => void;
  /** An ongoing outage the page shows, for the proof of attempt when the server sent none. */
  shownOutage: () => OutageNotice | undefined;
}

/**
 * Sending a form's message exactly once, and what came of it: the idempotency key (one per set of
 * answers, reused by every retry), whether a send is under way, the last failure to show, the proof
 * of attempt (Awb 2:21 lid 3), outage notices the server sent with a 503, and the receipt.
 * Its host re-renders whenever any of these change.
 */
export class SubmissionController implements ReactiveController {
  /** The Idempotency-Key of the current answers; a new one after any change. */
  idempotencyKey?: string;
  /** A send is under way: a second "Verstuur" sends nothing. */
  sending = false;
  /** How much of the message went out, while sending (undefined until the first bytes are counted). */
  upload?: UploadProgress;
  /**
   * What the form's status region says of sending: that it started, then that it ended (issue 15
   * item 14). The progress in between is shown, never announced.
   */
  announcement?: 'started' | 'ended';
  /** The last send that did not give a receipt, shown on the review until the next send. */
  failure?: FailedOutcome;
  /** The last send that failed without a verdict on the answers, for the proof of attempt. */
  failedAttempt?: FailedAttempt;
  /** Notices the intake server sent with a 503, shown in the banner even without a feed. */
  serverNotices: OutageNotice[] = [];
  /** Every notice the outage banner read (resolved ones too): the deadline hint counts them like `isOnTime` does. */
  feedNotices: OutageNotice[] = [];
  /** The receipt and the envelope it confirms, once received. */
  sent?: SavedReceipt;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Different answers are a different message: the next send gets a new key. */
  answersChanged(): void {
    this.idempotencyKey = undefined;
  }

  /** The notices the deadline hint and the envelope count: the feed's and any the intake server sent with a 503. */
  get outageNotices(): OutageNotice[] {
    const ids = new Set(this.serverNotices.map((notice) => notice.id));
    return [...this.serverNotices, ...this.feedNotices.filter((notice) => !ids.has(notice.id))];
  }

  /** The outage banner read its notices (`wmebv-outage-notices`). */
  noticesRead(all: OutageNotice[] | undefined): void {
    if (!all) return;
    this.feedNotices = all;
    this.host.requestUpdate();
  }

  /** Forget the failure being shown (the user moved on). */
  dismiss(): void {
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** "Wis mijn gegevens": nothing of this message is kept. */
  reset(): void {
    this.idempotencyKey = undefined;
    this.failure = undefined;
    this.failedAttempt = undefined;
    this.host.requestUpdate();
  }

  /** A message already received (a reload of the receipt page). */
  restore(sent: SavedReceipt | undefined, idempotencyKey?: string): void {
    this.sent = sent;
    this.idempotencyKey = idempotencyKey;
    this.failure = undefined;
    this.failedAttempt = undefined;
    this.host.requestUpdate();
  }

  /** Sends once; resolves with the outcome after the controller's state reflects it. Never throws. */
  async send(request: SendRequest): Promise<SendOutcome | undefined> {
    if (this.sending) return undefined;
    this.sending = true;
    this.failure = undefined;
    this.upload = undefined;
    this.announcement = 'started';
    this.host.requestUpdate();
    const { envelope, files } = await request.prepare();
    // With the review's chunk (after-steps.ts). Safe unguarded: `send` runs only from "Verstuur", which
    // the review's template in that same chunk renders, so the module is in the page's module map
    // (no request, offline too) before anyone can press it; `prepare` has just imported it as well.
    const { sendEnvelope } = await import('../after-steps.js');
    const key = (this.idempotencyKey ??= crypto.randomUUID());
    request.beforeSend(key);
    const outcome = await sendEnvelope(request.action, envelope, files, key, (progress) => {
      this.upload = progress;
      this.host.requestUpdate();
    });
    this.sending = false;
    this.upload = undefined;
    this.announcement = 'ended';
    if (outcome.kind === 'received') {
      this.sent = { receipt: outcome.receipt, envelope };
      this.failedAttempt = undefined;
    } else {
      this.failure = outcome;
      if (outcome.kind !== 'rejected') {
        if (outcome.kind === 'outage' && outcome.notice) this.serverNotices = [outcome.notice];
        const notice = (outcome.kind === 'outage' ? outcome.notice : undefined) ?? request.shownOutage();
        this.failedAttempt = { at: new Date().toISOString(), outcome, envelope, idempotencyKey: key, ...(notice ? { notice } : {}) };
      }
    }
    this.host.requestUpdate();
    return outcome;
  }
}
