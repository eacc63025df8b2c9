package org.r2p.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.r2p.core.Classification;
import org.r2p.core.CouncilHistory;
import org.r2p.core.DocumentSymbol;
import org.r2p.core.ElectedTerm;
import org.r2p.core.MemberState;
import org.r2p.core.MemberStates;
import org.r2p.core.PermanentSeat;
import org.r2p.core.Proposal;
import org.r2p.core.ProposalKind;
import org.r2p.core.Vote;
import org.r2p.core.VotePosition;
import org.r2p.core.VoteRecord;

/** Builds the historical records of DOMAIN §7 from compact text. Test support. */
final class Golden {
  private Golden() {}

  static MemberState s(String code) {
    return MemberStates.byCode(code).orElseGet(() -> MemberState.of(code, code));
  }

  /** A history whose elected members in {@code year} are the given codes. */
  static CouncilHistory history(int year, String electedCodes) {
    List<ElectedTerm> terms = new ArrayList<>();
    for (String c : electedCodes.trim().split("\\s+")) {
      terms.add(ElectedTerm.ofYear(s(c), year));
    }
    return CouncilHistory.of(terms);
  }

  /**
   * A record. {@code p5} gives the five permanent votes in the order CHN/FRA/RUS/GBR/USA as
   * letters (Y, N, A, X absent, P not participating, - no vote known); the seat holder on the
   * date casts each. {@code elected} is "CODE=L CODE=L ...".
   */
  static VoteRecord record(String date, String symbol, String subject, Classification c,
      ProposalKind kind, String p5, String elected) {
    LocalDate d = LocalDate.parse(date);
    Proposal.Builder p = Proposal.builder().date(d).subject(subject).classification(c).kind(kind);
    if (symbol != null) {
      p.symbol(DocumentSymbol.parse(symbol));
    }
    VoteRecord.Builder r = VoteRecord.builder().proposal(p.build()).date(d).source("DOMAIN.md §7");
    PermanentSeat[] order = {PermanentSeat.CHINA, PermanentSeat.FRANCE, PermanentSeat.RUSSIA,
        PermanentSeat.UNITED_KINGDOM, PermanentSeat.UNITED_STATES};
    String[] letters = p5.split("/");
    for (int k = 0; k < 5; k++) {
      if (!letters[k].equals("-")) {
        r.addVotes(Vote.of(order[k].holderOn(d), VotePosition.ofLetter(letters[k].charAt(0))));
      }
    }
    if (!elected.isBlank()) {
      for (String pair : elected.trim().split("\\s+")) {
        String[] kv = pair.split("=");
        r.addVotes(Vote.of(s(kv[0]), VotePosition.ofLetter(kv[1].charAt(0))));
      }
    }
    return r.build();
  }

  static VoteRecord draft(String date, String symbol, String subject, String p5, String elected) {
    return record(date, symbol, subject, Classification.NON_PROCEDURAL, ProposalKind.DRAFT_RESOLUTION, p5, elected);
  }
}
