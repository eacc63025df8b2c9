/** Implementation details of r2p-rules; not part of the API. */
@NullMarked
package org.r2p.rules.internal;

import org.jspecify.annotations.NullMarked;
