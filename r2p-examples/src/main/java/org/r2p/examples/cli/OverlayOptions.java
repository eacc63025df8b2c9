package org.r2p.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.r2p.core.AtrocityAim;
import org.r2p.core.CommitmentRegistry;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.VoteRecord;
import org.r2p.json.Overlays;
import picocli.CommandLine.Option;

/** A researcher's own assessments and adherence, laid over the bundled data. */
public final class OverlayOptions {
  @Option(names = "--assessments", paramLabel = "FILE",
      description = "Atrocity assessments keyed by document symbol (CSV: symbol,assessment,crimes,purpose,timing,"
          + "asserted_by,source,note; or JSON: {symbol: atrocityAim}), replacing the bundled ones for those drafts.")
  @Nullable Path assessments;

  @Option(names = "--adherence", paramLabel = "FILE",
      description = "Adherences and dated non-adherences (CSV: state,instrument,relation,from,precision,to,source,note,"
          + " relation ADHERES or DOES_NOT_ADHERE; or a JSON array of adherences), laid over the bundled registry.")
  @Nullable Path adherence;

  /**
   * The registry with the adherence file laid over it.
   *
   * @param base the registry
   * @return the registry
   */
  CommitmentRegistry registry(CommitmentRegistry base) {
    if (adherence == null) {
      return base;
    }
    try {
      return Overlays.readAdherence(adherence, base);
    } catch (IOException e) {
      throw new UserError(Inputs.unreadable(adherence, e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new UserError("--adherence " + e.getMessage());
    }
  }

  /**
   * The records with the bundled facts about their drafts ({@link org.r2p.json.R2pDatasets#withBundledFacts}),
   * then the assessments laid over them.
   *
   * @param given the records
   * @return the records
   */
  List<VoteRecord> records(List<VoteRecord> given) {
    // the bundled facts about a real draft first, each only where the record has none; an
    // overlay laid over them replaces them
    List<VoteRecord> records = new java.util.ArrayList<>(given.size());
    for (VoteRecord r : given) {
      records.add(org.r2p.json.R2pDatasets.bundled().withBundledFacts(r));
    }
    if (assessments == null) {
      return records;
    }
    if (loaded == null) {
      try {
        loaded = Overlays.readAssessments(assessments);
      } catch (IOException e) {
        throw new UserError(Inputs.unreadable(assessments, e.getMessage()));
      } catch (IllegalArgumentException e) {
        throw new UserError("--assessments " + e.getMessage());
      }
    }
    return Overlays.withAssessments(records, loaded);
  }

  /** The assessments file, read once on first use (a streamed review asks for every record). */
  private @Nullable Map<DocumentSymbol, AtrocityAim> loaded;
}
