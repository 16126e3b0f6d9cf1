import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A place in a source file, both 1-based, as editors and compilers print them. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Maps JSON pointers to line and column in the JSON text they point into, using Microsoft's
 * `jsonc-parser` (the parser behind VS Code's JSON support), which keeps the offset of every value.
 */
export class JsonSource {
  private readonly root: Node | undefined;
  private readonly lineStarts: number[] = [0];
  /** Syntax errors as jsonc-parser sees them (strict JSON: no comments, no trailing commas). */
  readonly errors: ParseError[] = [];

  constructor(readonly text: string) {
    this.root = parseTree(text, this.errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    for (let index = 0; index < text.length; index++) {
      if (text.charCodeAt(index) === 10) this.lineStarts.push(index + 1);
    }
  }

  /**
   * Where the value at `pointer` starts. For a pointer to something that is not there (a missing
   * property), the nearest value that is: the object it is missing from.
   */
  locate(pointer: string): Position {
    let node = this.root;
    if (!node) return { line: 1, column: 1 };
    for (const segment of parsePointer(pointer)) {
      const child = childOf(node, segment);
      if (!child) break;
      node = child;
    }
    return this.position(node.offset);
  }

  /** The position of the first syntax error, with jsonc-parser's name for it. */
  firstError(): (Position & { code: string }) | undefined {
    const error = this.errors[0];
    return error ? { ...this.position(error.offset), code: printParseErrorCode(error.error) } : undefined;
  }

  /** Line and column (1-based, in UTF-16 code units as editors count) of an offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

/** RFC 6901: `/steps/0/fields/a~1b` → `['steps', '0', 'fields', 'a/b']`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function childOf(node: Node, segment: string): Node | undefined {
  if (node.type === 'array') {
    if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
    return node.children?.[Number(segment)];
  }
  if (node.type === 'object') {
    // The last property of that name wins, as in JSON.parse.
    const property = node.children?.filter((candidate) => candidate.children?.[0]?.value === segment).at(-1);
    return property?.children?.[1];
  }
  return undefined;
}
