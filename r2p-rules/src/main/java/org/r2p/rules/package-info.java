/**
 * Rules over the r2p model: the Charter outcome of a vote (Art.&nbsp;27), the double veto, the
 * commitment checks (ACT Code of Conduct, France's pledge and the France–Mexico declaration,
 * the UK pledge) and the GA res 76/262 debate deadline.
 *
 * <p>Every rule is a pure function of its inputs: stateless, thread-safe, reading no file and
 * no global state. Every check returns a {@link org.r2p.rules.Finding} with the facts used,
 * each condition tested and the clause cited; open questions of interpretation are answered
 * by an {@link org.r2p.rules.Interpretation} passed in.
 *
 * <p>The classes stand in six layers, each using only those below it: (1) the three-valued
 * result, the Charter's rules ({@code Article27}) and the day's Council and standings; (2) the
 * verdict, the values a check is reported in, and the rule language (the facts a step reads, a
 * step, a rule as its steps, the three-valued connectives); (3) the steps several rules share,
 * the interpreter, the only code that runs steps, and the {@link org.r2p.rules.CommitmentRule}
 * contract; (4) one file per instrument, {@link org.r2p.rules.Screening} and the code that hands
 * a record to the interpreter; (5) {@link org.r2p.rules.R2pRules}, the facade; (6) {@code
 * whatif}. {@code jdeps -verbose:class} on the module's jar lists the edges.
 */
@NullMarked
@R2pStyle
package org.r2p.rules;

import org.jspecify.annotations.NullMarked;
import org.r2p.core.R2pStyle;
