/**
 * What-if analysis: scenarios as values (changed votes, regimes of compliance or restraint,
 * custom rules), run over one record or the whole history and compared with what happened;
 * and pivotal-vote analysis.
 */
@NullMarked
@R2pStyle
package org.r2p.rules.whatif;

import org.jspecify.annotations.NullMarked;
import org.r2p.core.R2pStyle;
