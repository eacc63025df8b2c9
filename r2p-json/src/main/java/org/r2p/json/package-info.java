/**
 * JSON for r2p: a Jackson 3 module ({@link org.r2p.json.R2pModule}), the published JSON
 * Schemas ({@link org.r2p.json.R2pSchemas}), a validator that reports every problem with its
 * JSON Pointer ({@link org.r2p.json.VoteRecordValidator}), and the bundled datasets
 * ({@link org.r2p.json.R2pDatasets}).
 */
@NullMarked
@R2pStyle
package org.r2p.json;

import org.jspecify.annotations.NullMarked;
import org.r2p.core.R2pStyle;
