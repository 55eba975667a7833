//! The `certvet` command: a thin shell over the library. Flags are parsed,
//! resolved into options and input bytes, and the library's report is printed.
//! Exit status: 0 every report valid, 1 any report invalid, 2 usage or read error.

use std::fs::File;
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use std::sync::atomic::{AtomicU64, Ordering};

use certvet::batch::{self, BatchOptions};
use certvet::summary::{Summary, SummaryWriter};
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
    /// A name the certificate must serve (repeatable): HostNotCovered when no
    /// subjectAltName entry covers it.
    #[arg(long = "host", value_name = "NAME")]
    hosts: Vec<String>,
    /// Warn (ExpiresSoon) when the leaf expires within N days of the check time.
    #[arg(long, value_name = "N")]
    warn_days: Option<u32>,
    /// PEM bundle of extra trust anchors (a private CA): no ChainIncomplete for them.
    #[arg(long, value_name = "FILE")]
    roots: Option<PathBuf>,
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
    #[arg(long, value_name = "FILE", conflicts_with = "password_env")]
    password_file: Option<PathBuf>,
    /// Environment variable whose value is the password (used as is).
    #[arg(long, value_name = "VAR")]
    password_env: Option<String>,
}

/// What the files hold; the key and password only in zeroizing buffers.
struct PairBytes {
    cert: Vec<u8>,
    key: Option<SecretBytes>,
    password: Option<SecretBytes>,
    cert_name: String,
    key_name: Option<String>,
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
        let cert = read_input(&self.cert, limits.cert_bytes)?;
        if self.key.is_some() && certvet::is_pkcs12(&cert) {
            return Err(CliError::Usage(format!(
                "{} is a PKCS#12 file, which holds its own key: drop --key",
                self.cert.display()
            )));
        }
        let password = match (&self.password_file, &self.password_env) {
            (Some(file), _) => Some(read_password(file)?),
            (None, Some(var)) => Some(env_password(var)?),
            (None, None) => None,
        };
        Ok(PairBytes {
            cert,
            key: self
                .key
                .as_ref()
                .map(|k| read_secret(k, limits.key_bytes))
                .transpose()?,
            password,
            cert_name: self.cert.display().to_string(),
            key_name: self.key.as_ref().map(|k| k.display().to_string()),
        })
    }
}

/// The password from an environment variable, as is (no line end is stripped).
fn env_password(var: &str) -> Result<SecretBytes, CliError> {
    match std::env::var_os(var) {
        Some(value) => Ok(SecretBytes::new(value.into_encoded_bytes())),
        None => Err(CliError::Usage(format!(
            "--password-env: the environment variable {var} is not set"
        ))),
    }
}

impl PairBytes {
    fn input(&self) -> CheckInput<'_> {
        let mut input =
            CheckInput::new(&self.cert).with_names(Some(&self.cert_name), self.key_name.as_deref());
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
        #[command(flatten)]
        pipe: BatchPipe,
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
        /// PEM bundle of extra trust anchors (a private CA).
        #[arg(long, value_name = "FILE")]
        roots: Option<PathBuf>,
        /// Output format of the report.
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
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
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output.
    Man,
    /// Serve the check over HTTP on loopback: POST /v1/check, POST /v1/batch, the
    /// Alibaba Cloud RPC form (/?Action=UploadServerCertificate), /healthz, /metrics.
    Serve(ServeArgs),
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on (port 0: any free port); the bound address is printed
    /// on standard error as "certvet serve: listening on http://ADDR".
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8787")]
    listen: std::net::SocketAddr,
    /// The default target of /v1/* requests (a request may carry "Target"); the RPC
    /// form always applies aliyun-slb.
    #[arg(long, value_name = "NAME", default_value = "generic")]
    target: String,
    /// Check time, RFC 3339 (default: each request's arrival).
    #[arg(long, value_name = "TIME")]
    at: Option<String>,
    /// PEM bundle of extra trust anchors (a private CA): no ChainIncomplete for them.
    #[arg(long, value_name = "FILE")]
    roots: Option<PathBuf>,
    /// Connections served at once; more wait.
    #[arg(long, value_name = "N", default_value_t = 256)]
    max_connections: usize,
}

/// What `batch` says on standard error and how it exits, for pipes and pipelines.
#[derive(clap::Args)]
struct BatchPipe {
    /// No progress bar and no closing count line on standard error.
    #[arg(long)]
    quiet: bool,
    /// Exit 0 when the batch ran, even if some reports are invalid (2 still means it could not run).
    #[arg(long)]
    exit_zero_on_invalid: bool,
    /// On standard error at the end: counts by reason and leaf expiries by month as a bar chart.
    #[arg(long)]
    summary: bool,
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
        Command::Batch {
            jobs,
            common,
            pipe,
            file,
        } => run_batch(jobs, common, &pipe, file),
        Command::Fix {
            files,
            target,
            at,
            roots,
            format,
            out_cert,
            out_key,
            force,
        } => run_fix(files, (target, at, roots, format), out_cert, out_key, force),
        Command::Fingerprint { sha256, files } => run_fingerprint(sha256, files),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "certvet", &mut out);
            write_stdout(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut out)
                .map_err(CliError::Write)?;
            write_stdout(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve(args) => run_serve(args),
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
fn run_batch(
    jobs: Option<usize>,
    common: Common,
    pipe: &BatchPipe,
    file: PathBuf,
) -> Result<ExitCode, CliError> {
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
    let bar = if pipe.quiet {
        None
    } else {
        progress_bar(total)
    };
    // Unlocked: the pool's threads write the reports.
    let mut out = SummaryWriter::new(
        io::BufWriter::with_capacity(1 << 20, io::stdout()),
        pipe.summary.then(|| Summary::new(opts.check.at)),
    );
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
    if let Some(tally) = out.summary() {
        eprint!("{tally}");
    } else if !pipe.quiet {
        eprintln!("{} valid, {} invalid", summary.valid, summary.invalid);
    }
    Ok(if summary.invalid == 0 || pipe.exit_zero_on_invalid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// Fix: the rewritten files, and the report of what they hold.
fn run_fix(
    files: PairFiles,
    (target, at, roots, format): (String, Option<String>, Option<PathBuf>, Format),
    out_cert: PathBuf,
    out_key: Option<PathBuf>,
    force: bool,
) -> Result<ExitCode, CliError> {
    if files.key.is_some() && out_key.is_none() {
        return Err(CliError::Usage("--key needs --out-key".into()));
    }
    let common = Common {
        at,
        allow_expired: false,
        target,
        hosts: Vec::new(),
        warn_days: None,
        roots,
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
    if out_key.is_some() && files.key.is_none() && !certvet::is_pkcs12(&bytes.cert) {
        return Err(CliError::Usage(
            "--out-key needs --key (or a PKCS#12 file as --cert)".into(),
        ));
    }
    let input = bytes.input();
    let show = |report: &Report| match format {
        Format::Json => report.to_json_pretty() + "\n",
        Format::Text => report.to_text(),
    };
    match certvet::fix(&input, &opts) {
        Ok(fixed) => {
            write_file(&out_cert, fixed.cert_pem.as_bytes(), false)?;
            if let (Some(path), Some(pem)) = (&out_key, &fixed.key_pem) {
                write_file(path, pem.as_bytes(), true)?;
            }
            write_stdout(show(&fixed.report).as_bytes())?;
            Ok(exit_for(&[&fixed.report]))
        }
        Err(report) => {
            write_stdout(show(&report).as_bytes())?;
            Ok(ExitCode::from(1))
        }
    }
}

/// Fingerprint: one line per file, each as soon as that file is done, as `openssl x509
/// -fingerprint`; an unreadable file is one line on standard error and exit 2.
fn run_fingerprint(sha256: bool, files: Vec<PathBuf>) -> Result<ExitCode, CliError> {
    if files.iter().filter(|p| is_stdin(p)).count() > 1 {
        return Err(CliError::Usage(
            "standard input (-) can be given once".into(),
        ));
    }
    let limits = Limits::default();
    let mut all_ok = true;
    // Each line is printed as soon as its file is done; a file that cannot be
    // read or holds no certificate is one line on standard error.
    for file in &files {
        let result = read_input(file, limits.cert_bytes).and_then(|bytes| {
            certvet::fingerprints(&bytes, &limits).map_err(|finding| {
                CliError::Usage(format!("{}: {}", finding.reason, finding.message))
            })
        });
        match result {
            Ok((sha1, sha256_fp)) => {
                let fp = if sha256 {
                    sha256_fp.to_string()
                } else {
                    sha1.to_string()
                };
                write_stdout(format!("{}: {fp}\n", file.display()).as_bytes())?;
            }
            Err(CliError::Read { source, .. }) => {
                all_ok = false;
                eprintln!("certvet: {}: {source}", file.display());
            }
            Err(e) => {
                all_ok = false;
                eprintln!("certvet: {}: {e}", file.display());
            }
        }
    }
    Ok(if all_ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
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
    let roots = match &common.roots {
        Some(path) => {
            let pem = read_input(path, Limits::default().cert_bytes)?;
            certvet::read_roots(&pem, &Limits::default()).map_err(|f| {
                CliError::Usage(format!(
                    "--roots {}: {}: {}",
                    path.display(),
                    f.reason,
                    f.message
                ))
            })?
        }
        None => Vec::new(),
    };
    Ok(CheckOptions::at(at)
        .with_target(target)
        .allowing_expired(common.allow_expired)
        .with_hosts(common.hosts.clone())
        .warning_days(common.warn_days)
        .with_roots(roots))
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
        use std::io::IsTerminal;
        if io::stdin().is_terminal() {
            eprintln!(
                "certvet: reading standard input (-) from the terminal: paste the input, then press Ctrl-D"
            );
        }
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
            ProgressStyle::with_template("{spinner} {msg} · {rate}")
                .map(|style| {
                    // Lines per second as a whole number (indicatif's {per_sec} shows
                    // four decimals).
                    style.with_key(
                        "rate",
                        |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                            let _ = write!(w, "{:.0} lines/s", state.per_sec());
                        },
                    )
                })
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

/// `certvet serve`: runs until SIGTERM or SIGINT.
fn run_serve(args: ServeArgs) -> Result<ExitCode, CliError> {
    let common = Common {
        at: args.at.clone(),
        allow_expired: false,
        target: args.target,
        hosts: Vec::new(),
        warn_days: None,
        roots: args.roots,
    };
    let mut opts = certvet::ServeOptions::new(args.listen);
    opts.check = options(&common)?;
    opts.at = args.at.is_some().then_some(opts.check.at);
    if args.max_connections == 0 {
        return Err(CliError::Usage(
            "--max-connections must be at least 1".into(),
        ));
    }
    opts.max_connections = args.max_connections;
    certvet::serve(opts, |addr| {
        eprintln!("certvet serve: listening on http://{addr}");
    })
    .map_err(|source| CliError::Read {
        path: format!("--listen {}", args.listen),
        source,
    })?;
    Ok(ExitCode::SUCCESS)
}
