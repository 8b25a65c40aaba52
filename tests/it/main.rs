//! The integration tests, in one binary: on two cores, linking fifteen test binaries cost
//! more than running them.

mod adaptive;
mod architecture;
mod bank_coverage;
mod check_cli;
mod common;
mod doc_examples;
mod faults;
mod gift_import;
mod inert_sessions;
mod injection;
mod invalid_banks;
mod kill_resume;
mod kiosk_cli;
mod learner_text;
mod lieux;
mod local_time;
mod locales;
mod mediator_gaps;
mod plain_e2e;
mod real_quizzes;
mod results_cli;
mod results_views;
mod robustness;
mod schema;
mod schema_check;
mod shared_folder;
mod shipped_banks;
mod speech;
mod tmux;
mod user_banks;
mod verdict;
