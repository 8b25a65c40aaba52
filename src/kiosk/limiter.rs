//! Wrong admin codes make the next try wait longer and longer: a visitor cannot try every
//! code at the kiosk, an admin who mistypes waits a second or two. The count is kept in the
//! data folder (`ledger`), so restarting the kiosk does not start it again, and two kiosks
//! sharing a folder share it.

pub mod ledger;

use std::time::Duration;

/// The longest wait between two tries.
const MAX_WAIT: Duration = Duration::from_secs(300);

/// A day without a wrong code starts the count again: an admin's typo a month after a
/// visitor's tries waits one second, not five minutes.
pub const FORGET_AFTER: Duration = Duration::from_secs(24 * 3600);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Attempts {
    failures: u32,
    /// No try is checked before this instant (kiosk time).
    blocked_until: Duration,
}

impl Attempts {
    /// How long to wait before a try is checked; zero when one may try now.
    pub fn wait(&self, now: Duration) -> Duration {
        self.blocked_until.saturating_sub(now)
    }

    /// A wrong code at `now`: 1 s after the first, then twice as long each time, up to
    /// five minutes. Returns the wait.
    pub fn fail(&mut self, now: Duration) -> Duration {
        if now >= self.blocked_until.saturating_add(FORGET_AFTER) {
            self.failures = 0;
        }
        self.failures = self.failures.saturating_add(1);
        let wait = delay(self.failures);
        self.blocked_until = now + wait;
        wait
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// The stricter of two counts: this kiosk's and the one on disk (another kiosk's, or
    /// this one's before a restart).
    pub fn merge(self, other: Attempts) -> Attempts {
        Attempts {
            failures: self.failures.max(other.failures),
            blocked_until: self.blocked_until.max(other.blocked_until),
        }
    }

    /// Rebuilt from a count read back, on kiosk time `now`, with `left` still to wait. The
    /// wait is never longer than the count allows: a clock set back, or a damaged file,
    /// cannot lock the admin out for longer than five minutes.
    pub fn restored(failures: u32, left: Duration, now: Duration) -> Attempts {
        Attempts {
            failures,
            blocked_until: now + left.min(delay(failures)),
        }
    }

    /// When the wait ends, on kiosk time.
    pub fn blocked_until(&self) -> Duration {
        self.blocked_until
    }
}

fn delay(failures: u32) -> Duration {
    if failures == 0 {
        return Duration::ZERO;
    }
    let doubling = failures.saturating_sub(1).min(16);
    Duration::from_secs(1u64 << doubling).min(MAX_WAIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn first_try_is_free_and_waits_grow_up_to_a_cap() {
        let mut a = Attempts::default();
        assert_eq!(a.wait(s(0)), Duration::ZERO);
        let waits: Vec<u64> = (0..12).map(|_| a.fail(s(1000)).as_secs()).collect();
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300]);
        assert_eq!(a.failures(), 12);
    }

    #[test]
    fn the_wait_runs_down_with_the_clock() {
        let mut a = Attempts::default();
        a.fail(s(100));
        a.fail(s(100));
        assert_eq!(a.wait(s(100)), s(2));
        assert_eq!(a.wait(s(101)), s(1));
        assert_eq!(a.wait(s(102)), Duration::ZERO);
        assert_eq!(a.wait(s(500)), Duration::ZERO);
    }

    #[test]
    fn many_failures_do_not_overflow() {
        let mut a = Attempts {
            failures: u32::MAX - 1,
            blocked_until: Duration::ZERO,
        };
        assert_eq!(a.fail(s(1)), MAX_WAIT);
        assert_eq!(a.fail(s(1)), MAX_WAIT);
    }

    #[test]
    fn a_day_without_a_wrong_code_starts_the_count_again() {
        let mut a = Attempts::default();
        for _ in 0..9 {
            a.fail(s(10));
        }
        assert_eq!(
            a.fail(s(10) + FORGET_AFTER),
            s(300),
            "not yet a day after the wait"
        );
        let later = a.blocked_until() + FORGET_AFTER;
        assert_eq!(a.fail(later), s(1));
        assert_eq!(a.failures(), 1);
    }

    #[test]
    fn the_stricter_count_wins_and_a_restored_wait_is_capped() {
        let mut here = Attempts::default();
        here.fail(s(0));
        let mut there = Attempts::default();
        for _ in 0..3 {
            there.fail(s(5));
        }
        let both = here.merge(there);
        assert_eq!((both.failures(), both.wait(s(5))), (3, s(4)));
        assert_eq!(both, there.merge(here));
        let restored = Attempts::restored(2, s(1_000_000), s(50));
        assert_eq!(restored.wait(s(50)), s(2));
        assert_eq!(
            Attempts::restored(0, s(60), s(0)).wait(s(0)),
            Duration::ZERO
        );
    }
}
