/** The history report: figures from the bundled data, rendered as Markdown, CSV and SVG. */
@NullMarked
package org.r2p.examples.report;

import org.jspecify.annotations.NullMarked;
