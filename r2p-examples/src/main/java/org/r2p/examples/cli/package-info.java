/** The picocli commands of the {@code r2p} program. */
@NullMarked
package org.r2p.examples.cli;

import org.jspecify.annotations.NullMarked;
