//! When nobody has touched a key for a while: first a warning with a countdown, then the
//! end of that visitor's session. Time is "since the kiosk started", passed in, so tests
//! move it by hand.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleRule {
    /// Without a key for this long, the warning shows.
    pub after: Duration,
    /// How long the warning counts down before the session ends.
    pub countdown: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Active,
    /// The warning is on screen; whole seconds left, rounded up (never shows 0 while on).
    Warning {
        seconds_left: u64,
    },
    /// Nobody answered the warning: end the session.
    Expired,
}

impl IdleRule {
    pub fn phase(&self, last_key: Duration, now: Duration) -> Phase {
        let idle = now.saturating_sub(last_key);
        if idle < self.after {
            return Phase::Active;
        }
        let left = (self.after + self.countdown).saturating_sub(now.saturating_sub(last_key));
        if left.is_zero() {
            Phase::Expired
        } else {
            Phase::Warning {
                seconds_left: left.as_millis().div_ceil(1000) as u64,
            }
        }
    }

    /// How long the run loop may wait for a key before something on screen must change:
    /// the warning appearing, the countdown's next second, or the end.
    pub fn next_change(&self, last_key: Duration, now: Duration) -> Duration {
        let idle = now.saturating_sub(last_key);
        if idle < self.after {
            return self.after.checked_sub(idle).unwrap();
        }
        let into = idle.checked_sub(self.after).unwrap();
        // Up to the next whole second of the countdown.
        let ms = into.as_millis() % 1000;
        Duration::from_millis(1000 - ms as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULE: IdleRule = IdleRule {
        after: Duration::from_secs(120),
        countdown: Duration::from_secs(30),
    };

    fn s(secs: u64) -> Duration {
        Duration::from_secs(secs)
    }

    #[test]
    fn active_then_warning_counting_down_then_expired() {
        let last = s(1000);
        assert_eq!(RULE.phase(last, s(1000)), Phase::Active);
        assert_eq!(RULE.phase(last, s(1119)), Phase::Active);
        assert_eq!(
            RULE.phase(last, s(1120)),
            Phase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            RULE.phase(last, s(1120) + Duration::from_millis(1)),
            Phase::Warning { seconds_left: 30 }
        );
        assert_eq!(
            RULE.phase(last, s(1149) + Duration::from_millis(500)),
            Phase::Warning { seconds_left: 1 }
        );
        assert_eq!(RULE.phase(last, s(1150)), Phase::Expired);
        assert_eq!(RULE.phase(last, s(9999)), Phase::Expired);
    }

    #[test]
    fn a_key_starts_the_wait_again() {
        assert_eq!(RULE.phase(s(1130), s(1140)), Phase::Active);
    }

    #[test]
    fn a_clock_before_the_last_key_is_not_idle() {
        assert_eq!(RULE.phase(s(50), s(10)), Phase::Active);
    }

    #[test]
    fn the_loop_wakes_for_the_warning_and_each_second_of_it() {
        assert_eq!(RULE.next_change(s(0), s(20)), s(100));
        assert_eq!(RULE.next_change(s(0), s(120)), s(1));
        assert_eq!(
            RULE.next_change(s(0), s(125) + Duration::from_millis(300)),
            Duration::from_millis(700)
        );
    }
}
