//! (written by the hardening work)
