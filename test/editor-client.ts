// A minimal LSP client for the ESLint language server that VS Code runs: JSON-RPC over stdio,
// answering the server's own requests (configuration, capability registration, workspace edits)
// as VS Code's ESLint extension does.
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  message: string;
  code?: string | { value: string };
  source?: string;
}
export interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  command?: { title: string; command: string; arguments?: unknown[] };
  edit?: WorkspaceEdit;
}
export interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}

interface Message {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

/** The settings VS Code's ESLint extension sends for a workspace folder with default user settings. */
export function vscodeSettings(folder: string): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: true, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: 'app', uri: pathToFileURL(folder).href },
  };
}

export class LanguageServer {
  private readonly process: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  /** Edits the server asked the client to apply (workspace/applyEdit), oldest first. */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Anything the server reported as a failure: no ESLint library, no config, a probe that failed. */
  readonly failures: string[] = [];
  /** What the server wrote to stderr (Node's deprecation warnings, say): shown when a request times out. */
  private stderr = '';

  constructor(
    serverScript: string,
    private readonly folder: string,
  ) {
    this.process = spawn(process.execPath, [serverScript, '--stdio'], { cwd: folder, stdio: 'pipe' });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  async initialize(): Promise<void> {
    const uri = pathToFileURL(this.folder).href;
    await this.request('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'app' }],
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          diagnostic: { dynamicRegistration: false },
          codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'source.fixAll.eslint'] } },
          },
        },
      },
    });
    this.notify('initialized', {});
  }

  private readonly versions = new Map<string, number>();

  open(uri: string, text: string, languageId = 'javascript'): void {
    this.versions.set(uri, 1);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** The user's edit, sent as the whole new text. */
  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = (await this.request('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
    return report.items;
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return (await this.request('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    })) as CodeAction[];
  }

  /** Runs an action's command as VS Code does when the user picks it; returns the edit the server then applies. */
  async run(action: CodeAction): Promise<WorkspaceEdit> {
    const before = this.appliedEdits.length;
    await this.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });
    if (this.appliedEdits.length !== before + 1) throw new Error(`"${action.title}" applied ${this.appliedEdits.length - before} edits`);
    return this.appliedEdits[before]!;
  }

  async shutdown(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    this.process.stdin.end();
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }

  /** A server that stops answering fails the test within this bound instead of hanging it. */
  static readonly requestTimeoutMs = 20_000;

  private request(method: string, params: unknown): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Error(`${method}: no answer within ${LanguageServer.requestTimeoutMs} ms\n${[...this.failures, this.stderr].join('\n')}`),
        );
      }, LanguageServer.requestTimeoutMs);
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          clearTimeout(timer);
          done(value);
        };
      this.pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  private notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.process.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())![1]);
      const start = headerEnd + 4;
      if (this.buffer.length < start + length) return;
      const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(start + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const waiting = this.pending.get(message.id!);
      this.pending.delete(message.id!);
      if (message.error) waiting?.reject(new Error(message.error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.id === undefined) {
      // Notifications: only an error status matters here.
      const params = message.params as { state?: number } | undefined;
      if (message.method === 'eslint/status' && params?.state !== 1) this.failures.push(`eslint/status ${JSON.stringify(params)}`);
      return;
    }
    this.send({ jsonrpc: '2.0', id: message.id, result: this.answer(message) });
  }

  /** The client's side of the server's requests. */
  private answer(message: Message): unknown {
    switch (message.method) {
      case 'workspace/configuration':
        return (message.params as { items: unknown[] }).items.map(() => vscodeSettings(this.folder));
      case 'workspace/applyEdit':
        this.appliedEdits.push((message.params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      case 'client/registerCapability':
      case 'window/workDoneProgress/create':
        return null;
      default:
        // eslint/noLibrary, eslint/noConfig, eslint/probeFailed, eslint/openDoc...
        this.failures.push(`${message.method} ${JSON.stringify(message.params)}`);
        return {};
    }
  }
}

/** Applies LSP text edits to a text, as an editor does (edits do not overlap). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: Position) => lineStarts[position.line]! + position.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offset(edit.range.start)) + edit.newText + result.slice(offset(edit.range.end));
  return result;
}

/** The text edits of a workspace edit for one document. */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  return [
    ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits),
    ...(edit.changes?.[uri] ?? []),
  ];
}
