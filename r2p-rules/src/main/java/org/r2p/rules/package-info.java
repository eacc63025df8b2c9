/**
 * Rules over the r2p model: the Charter outcome of a vote (Art.&nbsp;27), the double veto, the
 * commitment checks (ACT Code of Conduct, France's pledge and the France–Mexico declaration,
 * the UK pledge) and the GA res 76/262 debate deadline.
 *
 * <p>Every rule is a pure function of its inputs: stateless, thread-safe, reading no file and
 * no global state. Every check returns a {@link org.r2p.rules.Finding} with the facts used,
 * each condition tested and the clause cited; open questions of interpretation are answered
 * by an {@link org.r2p.rules.Interpretation} passed in.
 */
@NullMarked
@R2pStyle
package org.r2p.rules;

import org.jspecify.annotations.NullMarked;
import org.r2p.core.R2pStyle;
