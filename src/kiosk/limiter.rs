//! Wrong admin codes make the next try wait longer and longer: a visitor cannot try every
//! code at the kiosk, an admin who mistypes waits a second or two.

use std::time::Duration;

/// The longest wait between two tries.
const MAX_WAIT: Duration = Duration::from_secs(300);

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
        self.failures = self.failures.saturating_add(1);
        let wait = delay(self.failures);
        self.blocked_until = now + wait;
        wait
    }

    pub fn failures(&self) -> u32 {
        self.failures
    }
}

fn delay(failures: u32) -> Duration {
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
        assert_eq!(a.fail(s(0)), MAX_WAIT);
        assert_eq!(a.fail(s(0)), MAX_WAIT);
    }
}
