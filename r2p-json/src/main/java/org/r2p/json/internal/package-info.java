/** Implementation details of r2p-json; not part of the API. */
@NullMarked
package org.r2p.json.internal;

import org.jspecify.annotations.NullMarked;
