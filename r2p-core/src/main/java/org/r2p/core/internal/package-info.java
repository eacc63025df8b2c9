/** Implementation details of r2p-core; not part of the API. */
@NullMarked
package org.r2p.core.internal;

import org.jspecify.annotations.NullMarked;
