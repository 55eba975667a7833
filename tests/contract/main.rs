//! Contract tests: one binary (links once on 2 cores). Values asserted here come
//! from `testdata/manifest.json`, which `testdata/gen.sh` fills with OpenSSL's own
//! answers when it makes the fixtures.

mod batch;
mod batch_pipe;
mod chain;
mod check;
mod cli;
mod corpus;
mod coverage;
mod differential;
mod fingerprint;
mod fix;
mod limits;
mod proptests;
mod secrets;
mod semantics;
mod serve;
mod support;
mod v11;
