/**
 * The r2p domain model: immutable, thread-safe values for UN Security Council votes and
 * the veto-restraint commitments around them.
 *
 * <p>Values are built with {@code of} (from parts), {@code parse} (from text), generated
 * builders, and copied with {@code with*}. Absent values are {@link java.util.Optional},
 * never {@code null}. The model enforces structure only (one vote per member, dates not
 * before the Charter's entry into force, no overlapping adherence); whether a vote breaches a
 * commitment is decided by the {@code org.r2p.rules} module.
 */
@NullMarked
@R2pStyle
package org.r2p.core;

import org.jspecify.annotations.NullMarked;
