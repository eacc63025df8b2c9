/** JMH benchmarks of r2p. Run: {@code java -jar r2p-benchmarks/target/benchmarks.jar}. */
@NullMarked
package org.r2p.benchmarks;

import org.jspecify.annotations.NullMarked;
