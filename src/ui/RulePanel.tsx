import { Panel, PanelType, Text } from "@fluentui/react";
import { clauseQuotes } from "../engine/messages/clauses";
import { ruleById } from "../engine/rules/registry";
import type { FindingItem } from "./findings";
import { useStrings } from "./i18n";
import { SeverityBadge } from "./SeverityBadge";

/**
 * What a rule checks and where it comes from: title, this finding's message, the clause, and the sentences of the
 * standard that clause cites (src/engine/messages/clauses.ts), so the clerk sees the rule in the standard's words.
 */
export function RulePanel({
  finding,
  onDismiss,
}: {
  finding: FindingItem | undefined;
  onDismiss: () => void;
}) {
  const s = useStrings();
  const meta = finding ? ruleById(finding.ruleId) : undefined;
  const clause = finding?.clause ?? meta?.clause ?? "";
  const refs = clauseQuotes(clause);
  return (
    <Panel
      isOpen={finding !== undefined}
      onDismiss={onDismiss}
      isLightDismiss
      type={PanelType.smallFixedFar}
      headerText={s.t("paneRuleInfo")}
      closeButtonAriaLabel={s.t("paneClose")}
      className="anju-rule-panel"
    >
      {finding ? (
        <div className="anju-rule" data-testid="rule-panel">
          <Text as="h3" variant="large" className="anju-rule-title">
            {s.rule(finding.ruleId)}
          </Text>
          <dl className="anju-rule-facts">
            <dt>{s.t("paneRuleId")}</dt>
            <dd>
              <code>{finding.ruleId}</code>
            </dd>
            <dt>{s.t("paneRuleSeverity")}</dt>
            <dd>
              <SeverityBadge severity={finding.severity} />
            </dd>
            <dt>{s.t("paneRuleThisFinding")}</dt>
            <dd>
              {finding.sheet} {finding.cells.join(", ")}
              <br />
              {finding.message}
            </dd>
            <dt>{s.t("paneRuleClause")}</dt>
            <dd>{clause === "" || clause === "—" ? s.t("paneRuleNoClause") : clause}</dd>
          </dl>
          {refs.map((ref) => (
            <section key={ref.ref} className="anju-quote-block">
              <Text as="h4" variant="mediumPlus" className="anju-quote-ref">
                {ref.ref}
                {ref.source ? <span className="anju-quote-doc"> · {s.t(ref.source.doc)}</span> : null}
              </Text>
              {ref.source && ref.source.quotes.length > 0 ? (
                <blockquote className="anju-quote" aria-label={s.t("paneRuleQuote")}>
                  {ref.source.quotes.map((q) => (
                    <p key={q}>{q}</p>
                  ))}
                </blockquote>
              ) : (
                <Text variant="small" className="anju-quote-missing">
                  {s.t("paneRuleNoQuote")}
                </Text>
              )}
            </section>
          ))}
        </div>
      ) : null}
    </Panel>
  );
}
