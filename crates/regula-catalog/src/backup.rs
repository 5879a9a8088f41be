//! GR-10: a backup sitting after a confirmed technical failure — where a policy grants one, the
//! student whose proven failure left no reconnection within the exam sits it again, within so
//! many days of the exam or in the retake session, instead of the seed's remedy (failed, absent
//! in the next column, a restanțier).

use chrono::NaiveDate;
use regula_calendar::Instant;
use regula_core::Problems;
use regula_core::locale::{Arg, Message};
use serde::{Deserialize, Serialize};

use crate::CatalogError;

/// GR-10: when a backup sitting is held, as a policy sets it: `{"when": "within_days", "days":
/// 0}` (the same day), `{"when": "within_days", "days": 7}` or `{"when": "retake_session"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(tag = "when", rename_all = "snake_case", deny_unknown_fields)]
pub enum BackupSitting {
    /// GR-10: within `days` calendar days of the exam's day (0: on the exam's day), by 24:00 of
    /// the last.
    WithinDays {
        /// How many calendar days after the exam's day, from 0 to 30.
        days: u32,
    },
    /// GR-10: in the retake session (SC-2), with the restanțe, but without counting as one.
    RetakeSession,
}

/// The most days after the exam a backup sitting may be held: a month.
const MAX_DAYS: u32 = 30;

impl BackupSitting {
    /// GR-10: the days are from 0 to 30.
    pub(crate) fn problems(&self, found: &mut Problems) {
        if let BackupSitting::WithinDays { days } = self {
            found.check(
                *days <= MAX_DAYS,
                "backup_sitting.days",
                days,
                format!(
                    "a backup sitting is held within {MAX_DAYS} days of the exam at most (GR-10)"
                ),
            );
        }
    }

    /// GR-10: the step that says a backup sitting is granted, for an exam that ended at
    /// `window_end`: by when, or in which session.
    pub(crate) fn granted(
        self,
        student: &str,
        exam: &str,
        at: Instant,
        window_end: Instant,
    ) -> Result<Message, CatalogError> {
        let message = Message::new("catalog-backup-sitting")
            .arg("student", student)
            .arg("exam", exam)
            .arg("at", at)
            .arg("window_end", window_end);
        Ok(match self {
            BackupSitting::WithinDays { days } => {
                let last: NaiveDate =
                    regula_calendar::add_days("at", window_end.local_date(), days)?;
                message.arg(
                    "when",
                    Arg::Phrase(Box::new(
                        Message::new(if days == 0 {
                            "catalog-backup-same-day"
                        } else {
                            "catalog-backup-within-days"
                        })
                        .arg("days", u64::from(days))
                        .arg("last", last),
                    )),
                )
            }
            BackupSitting::RetakeSession => message.arg(
                "when",
                Arg::Phrase(Box::new(Message::new("catalog-backup-retake-session"))),
            ),
        })
    }
}
