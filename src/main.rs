//! The `certvet` command: a thin shell over the library. Flags are parsed,
//! resolved into options and input bytes, and the library's report is printed.
//! Exit status: 0 every report valid, 1 any report invalid, 2 usage or read error.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use std::sync::atomic::{AtomicU64, Ordering};

use certvet::batch::{self, BatchOptions};
use certvet::{CheckInput, CheckOptions, Limits, Report, SecretBytes, Target, UnixTime};
use indicatif::{ProgressBar, ProgressStyle};

#[derive(Parser)]
#[command(
    name = "certvet",
    version,
    about = "Would the cloud API accept this certificate and private key? Offline."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Text,
}

#[derive(clap::Args)]
struct Common {
    /// Check time, RFC 3339 (default: now).
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// Report an expired or not-yet-valid certificate as a warning, not an error.
    #[arg(long)]
    allow_expired: bool,
    /// The API whose rules apply: generic, aliyun-slb, aws-acm, gcp.
    #[arg(long, value_name = "NAME", default_value = "generic")]
    target: String,
}

/// The certificate, key and password files of `check` and `fix`.
#[derive(clap::Args)]
struct PairFiles {
    /// Certificate file (PEM chain or DER), or - for standard input.
    #[arg(long, value_name = "FILE")]
    cert: PathBuf,
    /// Private key file, or - for standard input.
    #[arg(long, value_name = "FILE")]
    key: Option<PathBuf>,
    /// File whose first line is the key's password (like openssl -passin file:).
    #[arg(long, value_name = "FILE")]
    password_file: Option<PathBuf>,
}

/// What the files hold; the key and password only in zeroizing buffers.
struct PairBytes {
    cert: Vec<u8>,
    key: Option<SecretBytes>,
    password: Option<SecretBytes>,
}

impl PairFiles {
    /// Read the files within the limits; at most one of them may be standard input.
    fn read(&self, limits: &Limits) -> Result<PairBytes, CliError> {
        let from_stdin = [
            Some(&self.cert),
            self.key.as_ref(),
            self.password_file.as_ref(),
        ]
        .into_iter()
        .flatten()
        .filter(|p| is_stdin(p))
        .count();
        if from_stdin > 1 {
            return Err(CliError::Usage(
                "only one input can be read from standard input (-)".into(),
            ));
        }
        Ok(PairBytes {
            cert: read_input(&self.cert, limits.cert_bytes)?,
            key: self
                .key
                .as_ref()
                .map(|k| read_secret(k, limits.key_bytes))
                .transpose()?,
            password: self
                .password_file
                .as_deref()
                .map(read_password)
                .transpose()?,
        })
    }
}

impl PairBytes {
    fn input(&self) -> CheckInput<'_> {
        let mut input = CheckInput::new(&self.cert);
        if let Some(k) = &self.key {
            input = input.with_key(k);
        }
        if let Some(p) = &self.password {
            input = input.with_password(p);
        }
        input
    }
}

#[derive(Subcommand)]
enum Command {
    /// Check one certificate (chain) and private key; print the report.
    Check {
        #[command(flatten)]
        files: PairFiles,
        #[command(flatten)]
        common: Common,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// Check JSON Lines of UploadServerCertificate requests; one report per line, in order.
    Batch {
        /// Worker threads (default: every core).
        #[arg(long, value_name = "N")]
        jobs: Option<usize>,
        #[command(flatten)]
        common: Common,
        /// JSON Lines file, or - for standard input.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Write the chain and key in the form the target accepts.
    Fix {
        #[command(flatten)]
        files: PairFiles,
        /// The API whose rules apply: generic, aliyun-slb, aws-acm, gcp.
        #[arg(long, value_name = "NAME", default_value = "generic")]
        target: String,
        /// Check time, RFC 3339 (default: now).
        #[arg(long, value_name = "TIME")]
        at: Option<String>,
        /// Where to write the certificate chain.
        #[arg(long, value_name = "FILE")]
        out_cert: PathBuf,
        /// Where to write the private key (created with mode 0600).
        #[arg(long, value_name = "FILE")]
        out_key: Option<PathBuf>,
        /// Overwrite existing output files.
        #[arg(long)]
        force: bool,
    },
    /// Print the SHA-1 (or SHA-256) fingerprint of each file's leaf certificate.
    Fingerprint {
        /// Print SHA-256 instead of SHA-1.
        #[arg(long)]
        sha256: bool,
        /// Certificate files (- for standard input).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}

/// An operational failure: exit 2 with one line on standard error.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{path}: {source}")]
    Read { path: String, source: io::Error },
    #[error("{0}")]
    Usage(String),
    #[error("writing output: {0}")]
    Write(io::Error),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(CliError::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("certvet: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Check {
            files,
            common,
            format,
        } => run_check(files, common, format),
        Command::Batch { jobs, common, file } => run_batch(jobs, common, file),
        Command::Fix {
            files,
            target,
            at,
            out_cert,
            out_key,
            force,
        } => run_fix(files, target, at, out_cert, out_key, force),
        Command::Fingerprint { sha256, files } => run_fingerprint(sha256, files),
    }
}

/// Check: one certificate (and key), one report.
fn run_check(files: PairFiles, common: Common, format: Format) -> Result<ExitCode, CliError> {
    let opts = options(&common)?;
    let bytes = files.read(&opts.limits)?;
    let input = bytes.input();
    let report = certvet::check(&input, &opts);
    let text = match format {
        Format::Json => report.to_json_pretty() + "\n",
        Format::Text => report.to_text(),
    };
    write_stdout(text.as_bytes())?;
    Ok(exit_for(&[&report]))
}

/// Batch: JSON Lines in, one report a line out, a progress bar on a terminal.
fn run_batch(jobs: Option<usize>, common: Common, file: PathBuf) -> Result<ExitCode, CliError> {
    let mut opts = BatchOptions::new(options(&common)?);
    if let Some(n) = jobs {
        if n == 0 {
            return Err(CliError::Usage("--jobs must be at least 1".into()));
        }
        opts = opts.with_jobs(n);
    }
    let total = if is_stdin(&file) {
        None
    } else {
        std::fs::metadata(&file).ok().map(|m| m.len())
    };
    let reader = io::BufReader::with_capacity(
        1 << 20,
        CountingReader {
            inner: open(&file)?,
        },
    );
    let bar = progress_bar(total);
    // Unlocked: the pool's threads write the reports.
    let mut out = io::BufWriter::with_capacity(1 << 20, io::stdout());
    let result = batch::run(reader, &mut out, &opts, |s| {
        if let Some(bar) = &bar {
            bar.set_message(format!("{} lines, {} invalid", s.lines, s.invalid));
            if total.is_some() {
                bar.set_position(BYTES_READ.load(Ordering::Relaxed));
            } else {
                bar.set_position(u64::try_from(s.lines).unwrap_or(u64::MAX));
            }
        }
    });
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let summary = match result {
        Ok(summary) => summary,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => {
            return Err(CliError::Read {
                path: file.display().to_string(),
                source: e,
            });
        }
    };
    out.flush().map_err(CliError::Write)?;
    eprintln!("{} valid, {} invalid", summary.valid, summary.invalid);
    Ok(if summary.invalid == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Fix: the rewritten files, and the report of what they hold.
fn run_fix(
    files: PairFiles,
    target: String,
    at: Option<String>,
    out_cert: PathBuf,
    out_key: Option<PathBuf>,
    force: bool,
) -> Result<ExitCode, CliError> {
    if files.key.is_some() != out_key.is_some() {
        return Err(CliError::Usage("--key and --out-key go together".into()));
    }
    let common = Common {
        at,
        allow_expired: false,
        target,
    };
    let opts = options(&common)?;
    for out in [Some(&out_cert), out_key.as_ref()].into_iter().flatten() {
        if !force && out.exists() {
            return Err(CliError::Usage(format!(
                "{} exists; pass --force to overwrite it",
                out.display()
            )));
        }
    }
    let bytes = files.read(&opts.limits)?;
    let input = bytes.input();
    match certvet::fix(&input, &opts) {
        Ok(fixed) => {
            write_file(&out_cert, fixed.cert_pem.as_bytes(), false)?;
            if let (Some(path), Some(pem)) = (&out_key, &fixed.key_pem) {
                write_file(path, pem.as_bytes(), true)?;
            }
            write_stdout((fixed.report.to_json_pretty() + "\n").as_bytes())?;
            Ok(exit_for(&[&fixed.report]))
        }
        Err(report) => {
            write_stdout((report.to_json_pretty() + "\n").as_bytes())?;
            Ok(ExitCode::from(1))
        }
    }
}

/// Fingerprint: one line per file, as `openssl x509 -fingerprint`.
fn run_fingerprint(sha256: bool, files: Vec<PathBuf>) -> Result<ExitCode, CliError> {
    if files.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(CliError::Usage(
            "standard input (-) can be given once".into(),
        ));
    }
    let limits = Limits::default();
    let mut all_ok = true;
    let mut out = Vec::new();
    for file in &files {
        let bytes = read_input(file, limits.cert_bytes)?;
        match certvet::fingerprints(&bytes, &limits) {
            Ok((sha1, sha256_fp)) => {
                let fp = if sha256 {
                    sha256_fp.to_string()
                } else {
                    sha1.to_string()
                };
                out.extend_from_slice(format!("{}: {fp}\n", file.display()).as_bytes());
            }
            Err(finding) => {
                all_ok = false;
                eprintln!(
                    "certvet: {}: {}: {}",
                    file.display(),
                    finding.reason,
                    finding.message
                );
            }
        }
    }
    write_stdout(&out)?;
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn options(common: &Common) -> Result<CheckOptions, CliError> {
    let at = match &common.at {
        Some(text) => {
            UnixTime::parse_rfc3339(text).map_err(|e| CliError::Usage(format!("--at: {e}")))?
        }
        None => UnixTime::now(),
    };
    let target: Target = common
        .target
        .parse()
        .map_err(|e| CliError::Usage(format!("--target: {e}")))?;
    Ok(CheckOptions::at(at)
        .with_target(target)
        .allowing_expired(common.allow_expired))
}

fn exit_for(reports: &[&Report]) -> ExitCode {
    if reports.iter().all(|r| r.valid) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn is_stdin(path: &std::path::Path) -> bool {
    path.as_os_str() == "-"
}

fn open(path: &std::path::Path) -> Result<Box<dyn Read + Send>, CliError> {
    if is_stdin(path) {
        return Ok(Box::new(io::stdin()));
    }
    File::open(path)
        .map(|f| Box::new(f) as Box<dyn Read + Send>)
        .map_err(|source| CliError::Read {
            path: path.display().to_string(),
            source,
        })
}

/// Read at most `limit + 1` bytes: enough for the library to see the input is too
/// large, without reading an endless input to its end.
fn read_input(path: &std::path::Path, limit: usize) -> Result<Vec<u8>, CliError> {
    certvet::read_limited(open(path)?, limit).map_err(|source| CliError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// Like [`read_input`], into zeroizing buffers only.
fn read_secret(path: &std::path::Path, limit: usize) -> Result<SecretBytes, CliError> {
    certvet::read_limited_secret(open(path)?, limit).map_err(|source| CliError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// The password file's first line without its line end, as `openssl -passin file:` reads it.
fn read_password(path: &std::path::Path) -> Result<SecretBytes, CliError> {
    let mut all = read_secret(path, Limits::default().key_bytes)?;
    let end = all.iter().position(|&b| b == b'\n').unwrap_or(all.len());
    all.truncate(end);
    if all.last() == Some(&b'\r') {
        all.truncate(end - 1);
    }
    Ok(all)
}

/// Write an output file; a key file is created with mode 0600 from the start.
fn write_file(path: &std::path::Path, bytes: &[u8], secret: bool) -> Result<(), CliError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    if secret {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let write = |options: &std::fs::OpenOptions| -> io::Result<()> {
        let mut file = options.open(path)?;
        #[cfg(unix)]
        if secret {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)?;
        file.sync_all()
    };
    write(&options).map_err(|source| CliError::Read {
        path: path.display().to_string(),
        source,
    })
}

/// Bytes the batch reader has taken from its input, for the progress bar.
static BYTES_READ: AtomicU64 = AtomicU64::new(0);

/// A reader that counts what it reads (for a progress bar over a file's size).
struct CountingReader<R> {
    inner: R,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        BYTES_READ.fetch_add(u64::try_from(n).unwrap_or(0), Ordering::Relaxed);
        Ok(n)
    }
}

/// A progress bar on standard error when it is a terminal: bytes with rate and
/// ETA when the input's size is known, a spinner with a line count when not.
fn progress_bar(total: Option<u64>) -> Option<ProgressBar> {
    use std::io::IsTerminal;
    if !io::stderr().is_terminal() {
        return None;
    }
    let bar = match total {
        Some(len) => ProgressBar::new(len).with_style(
            ProgressStyle::with_template(
                "{bar:30} {percent:>3}% {msg} · {binary_bytes_per_sec} · ETA {eta}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {msg} · {per_sec}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        ),
    };
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    Some(bar)
}

fn write_stdout(bytes: &[u8]) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(CliError::Write)
}
