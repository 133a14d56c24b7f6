package dev.lobby.membership;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the accounts' member count changes into their counts, one account and batch per
 * short transaction, so a read of a count sums only the changes since the last fold. Safe
 * on several nodes at once ({@link MemberCounts#fold}); exactness never depends on it,
 * only the cost of a read.
 */
@Service
class MemberCountFolding {

	private final MemberCounts counts;

	private final TransactionTemplate transaction;

	MemberCountFolding(MemberCounts counts, TransactionTemplate transaction) {
		this.counts = counts;
		this.transaction = transaction;
	}

	/**
	 * Folds the changes of every account that has some.
	 * @return how many changes were folded
	 */
	int foldAll() {
		int folded = 0;
		for (String accountId : counts.accountsWithChanges()) {
			int batch;
			do {
				Integer moved = transaction.execute(status -> counts.fold(accountId));
				batch = moved == null ? 0 : moved;
				folded += batch;
			}
			while (batch == MemberCounts.FOLD_BATCH);
		}
		return folded;
	}

}
