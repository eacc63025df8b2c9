/**
 * Exact voting power in the Security Council under Article 27 and under restraint regimes:
 * Shapley–Shubik, Banzhaf (normalised and absolute, with swing counts) and Coleman's powers to
 * prevent and to initiate, as exact fractions and as doubles.
 */
@NullMarked
package org.r2p.rules.power;

import org.jspecify.annotations.NullMarked;
