package app.atelier.base.store;

/**
 * A {@link StoreFlush} for a store whose commit is costly (a file write): writers that ask at the same time share
 * one commit. Each caller returns once a commit that began after its call has finished, so what it wrote before
 * calling is on disk; at most one commit runs at a time.
 */
final class GroupCommit implements StoreFlush {
    private final Runnable commit;
    private long asked;
    private long done;
    private boolean running;

    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    @Override
    public void flush() {
        long ticket;
        synchronized (this) {
            ticket = ++asked;
        }
        while (true) {
            long covers;
            synchronized (this) {
                while (running && done < ticket) {
                    waitQuietly();
                }
                if (done >= ticket) {
                    return;
                }
                running = true;
                covers = asked; // every call made so far is written by this commit
            }
            try {
                commit.run();
            } finally {
                synchronized (this) {
                    running = false;
                    done = Math.max(done, covers);
                    notifyAll();
                }
            }
        }
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the store commits", e);
        }
    }
}
