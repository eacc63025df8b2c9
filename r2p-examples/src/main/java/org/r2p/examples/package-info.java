/**
 * The {@code r2p} command-line program ({@link org.r2p.examples.R2p}) and runnable examples
 * of embedding the library.
 */
@NullMarked
package org.r2p.examples;

import org.jspecify.annotations.NullMarked;
