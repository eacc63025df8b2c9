package org.r2p.rules;

import org.r2p.core.Citation;
import org.r2p.core.Instrument;

/**
 * Checks a vote against the United Kingdom's statement (Rycroft, 1 October 2015; repeated by
 * Prime Minister May): the UK "will never vote against credible Security Council action to
 * stop mass atrocities and crimes against humanity". Modelled as an alias of the ACT Code's
 * para 2 with the UK's own adherence date; the crime list is the Code's unless
 * Q8 says otherwise.
 *
 * <p>Stateless and thread-safe.
 *
 * @see <a href="https://una.org.uk/news/britain-backs-initiative-restrain-security-council-veto">UNA-UK</a>
 */
public final class UkPledgeRule extends BuiltInRule {
  /** The statement. */
  public static final Citation STATEMENT = Citation.of(Instrument.UK_PLEDGE, "statement of 1 October 2015");

  private final CodeOfConductRule alias = new CodeOfConductRule(STATEMENT, "uk-pledge");

  /** The UK pledge rule. */
  public UkPledgeRule() {}

  @Override
  public Instrument instrument() {
    return Instrument.UK_PLEDGE;
  }

  @Override
  public Finding check(VoteContext context) {
    return alias.check(context);
  }

  @Override
  public Verdict verdict(VoteContext context) {
    return alias.verdict(context);
  }

  @Override
  void screen(RecordFacts facts, byte[] out, int offset, int stride) {
    alias.screen(facts, out, offset, stride);
  }

  @Override
  Finding finding(VoteContext context, Verdict verdict) {
    return alias.finding(context, verdict);
  }
}
