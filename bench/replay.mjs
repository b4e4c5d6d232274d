// Two ways to split the plugin's time into its analysis and ESLint's delivery of its reports.
// Replay: one lint records every `context.report` the plugin makes (message, data, fix and
// suggestion edits); then rules that do nothing else replay exactly those reports. Their time is
// what ESLint charges to deliver the findings (interpolating messages, merging fixes, building
// suggestions, per-file rule setup), whatever the analysis costs.
// Analysis alone: the plugin's own rules run with a `report` that builds the fixes and drops
// the report, so ESLint delivers nothing.

/** Builds fix objects the way ESLint's RuleFixer does, so a fix can be stored and handed back later. */
const recordingFixer = {
  insertTextAfter: (nodeOrToken, text) => ({ range: [nodeOrToken.range[1], nodeOrToken.range[1]], text }),
  insertTextAfterRange: (range, text) => ({ range: [range[1], range[1]], text }),
  insertTextBefore: (nodeOrToken, text) => ({ range: [nodeOrToken.range[0], nodeOrToken.range[0]], text }),
  insertTextBeforeRange: (range, text) => ({ range: [range[0], range[0]], text }),
  remove: (nodeOrToken) => ({ range: nodeOrToken.range, text: '' }),
  removeRange: (range) => ({ range, text: '' }),
  replaceText: (nodeOrToken, text) => ({ range: nodeOrToken.range, text }),
  replaceTextRange: (range, text) => ({ range, text }),
};

const recordFix = (fix) => {
  if (!fix) return undefined;
  const result = fix(recordingFixer);
  return result && Symbol.iterator in result ? [...result] : result;
};

/**
 * A plugin with the same rule names and metadata as `plugin`, each rule created by `create`.
 * @param {{ rules: Record<string, any> }} plugin
 * @param {string} name
 * @param {(ruleName: string, rule: any, context: any) => object} create
 */
function withRules(plugin, name, create) {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules).map(([ruleName, rule]) => [
      ruleName,
      { meta: rule.meta, create: (context) => create(ruleName, rule, context) },
    ]),
  );
  return { meta: { name }, rules };
}

/**
 * The plugin's rules, wrapped to store each report by file and rule, and, when `listenerKeys` is
 * given, the keys of the listeners each rule returns for each file.
 * @param {{ rules: Record<string, any> }} plugin
 * @param {Map<string, Record<string, object[]>>} store
 * @param {Map<string, Record<string, string[]>>} [listenerKeys]
 */
export function recordingPlugin(plugin, store, listenerKeys) {
  return withRules(plugin, 'http-status-recording', (name, rule, context) => {
    const reports = [];
    const byRule = store.get(context.physicalFilename) ?? {};
    byRule[name] = reports;
    store.set(context.physicalFilename, byRule);
    const report = (descriptor) =>
      reports.push({
        loc: descriptor.loc ?? descriptor.node.loc,
        messageId: descriptor.messageId,
        data: descriptor.data,
        fix: recordFix(descriptor.fix),
        suggest: descriptor.suggest?.map((suggestion) => ({
          messageId: suggestion.messageId,
          data: suggestion.data,
          fix: recordFix(suggestion.fix),
        })),
      });
    const listeners = rule.create(Object.create(context, { report: { value: report } }));
    if (listenerKeys) {
      const byRule = listenerKeys.get(context.physicalFilename) ?? {};
      byRule[name] = Object.keys(listeners);
      listenerKeys.set(context.physicalFilename, byRule);
    }
    return listeners;
  });
}

const noop = () => {
  // Nothing: only ESLint's matching and dispatch are measured.
};

/**
 * Rules with the plugin's names whose listeners, for each file, have the keys the plugin's rules
 * registered for that file (recorded by `recordingPlugin`) and do nothing: linting with them
 * against linting without the plugin measures ESLint's selector matching and dispatch alone.
 * @param {{ rules: Record<string, any> }} plugin
 * @param {Map<string, Record<string, string[]>>} listenerKeys
 */
export function noopPlugin(plugin, listenerKeys) {
  const byKeys = new Map();
  /** One listener object per distinct key list, built ahead, so the rules do nothing per file but a lookup. */
  const listenersFor = (keys) => {
    const id = keys.join('\n');
    let listeners = byKeys.get(id);
    if (!listeners) byKeys.set(id, (listeners = Object.fromEntries(keys.map((key) => [key, noop]))));
    return listeners;
  };
  const table = new Map(
    [...listenerKeys].map(([file, byRule]) => [
      file,
      Object.fromEntries(Object.entries(byRule).map(([rule, keys]) => [rule, listenersFor(keys)])),
    ]),
  );
  return withRules(plugin, 'http-status-noop', (name, _rule, context) => table.get(context.physicalFilename)?.[name] ?? {});
}

/**
 * Rules with the plugin's names and metadata that only replay the stored reports.
 * @param {{ rules: Record<string, any> }} plugin
 * @param {Map<string, Record<string, object[]>>} store
 */
export function replayPlugin(plugin, store) {
  return withRules(plugin, 'http-status-replay', (name, _rule, context) => {
    const reports = store.get(context.physicalFilename)?.[name];
    if (!reports?.length) return {};
    return {
      'Program:exit'() {
        for (const { loc, messageId, data, fix, suggest } of reports) {
          context.report({
            loc,
            messageId,
            data,
            fix: fix && (() => fix),
            suggest: suggest?.map((suggestion) => ({ messageId: suggestion.messageId, data: suggestion.data, fix: () => suggestion.fix })),
          });
        }
      },
    };
  });
}

/** What the plugin's rules read from their context; `report` is supplied by the caller. */
const forwardedContext = (context, report) => ({
  id: context.id,
  options: context.options,
  settings: context.settings,
  cwd: context.cwd,
  filename: context.filename,
  physicalFilename: context.physicalFilename,
  sourceCode: context.sourceCode,
  languageOptions: context.languageOptions,
  report,
});

/**
 * The plugin's rules with a `report` that builds each fix and suggestion edit (the plugin's own
 * work) and delivers nothing. A plain object, not `Object.create(context)`: a prototype lookup on
 * every property read would be charged to the analysis.
 * @param {{ rules: Record<string, any> }} plugin
 */
export function silentPlugin(plugin) {
  const report = (descriptor) => {
    recordFix(descriptor.fix);
    if (descriptor.suggest) for (const suggestion of descriptor.suggest) recordFix(suggestion.fix);
  };
  return withRules(plugin, 'http-status-silent', (_name, rule, context) => rule.create(forwardedContext(context, report)));
}
