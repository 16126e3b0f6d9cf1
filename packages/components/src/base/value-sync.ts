import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How a field reads and writes its value in its own native control(s). */
export interface ValueSyncAccess<T> {
  /** The value the control(s) hold now; `undefined` while they do not exist yet. */
  read(): T | undefined;
  /**
   * Puts a value into the control(s). Returns whether it took completely; if not (no control yet,
   * no option with that value yet), the value stays pending and is tried again after each update.
   */
  write(value: T): boolean;
  /** The value before anything was set or chosen (the `value` attribute, `defaultValue`). */
  initial(): T;
}

/**
 * The value of a field whose truth lives in native controls, shared by every field element: a value
 * set before the controls exist, or before the option it names was rendered, is kept and applied
 * after the next update; until then it is what `value` returns. A choice by the user wins over a
 * pending value (`userChose()`). Setting never dispatches events, as with native controls.
 */
export class ValueSync<T> implements ReactiveController {
  private pending?: { value: T };

  constructor(
    host: ReactiveControllerHost,
    private readonly access: ValueSyncAccess<T>,
  ) {
    host.addController(this);
  }

  /** The pending value, else what the controls hold, else the initial value. */
  get value(): T {
    if (this.pending) return this.pending.value;
    return this.access.read() ?? this.access.initial();
  }

  set value(value: T) {
    this.pending = { value };
    this.apply();
  }

  /** Whether a set value still waits for its control(s). */
  get isPending(): boolean {
    return this.pending !== undefined;
  }

  /** The user changed the control(s): that wins over a value that was waiting. */
  userChose(): void {
    this.pending = undefined;
  }

  hostUpdated(): void {
    this.apply();
  }

  private apply(): void {
    if (this.pending && this.access.write(this.pending.value)) this.pending = undefined;
  }
}
