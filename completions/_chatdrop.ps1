
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'chatdrop' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'chatdrop'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'chatdrop' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Pyrus: upload files and attach them to a task in one comment; download by guid')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, '1C-Connect: send images into group chats and support lines (by UUID or name), any file to a line')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'OK.ru: publish images as Moments (the 3-step upload)')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Zextras Carbonio chats: attach files to rooms (by UUID or name); list, fetch, delete attachments (by id or file name); pictures, previews')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Protocol chat: upload, list, get, download, rename, delete attachments (by id or file name)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set up credentials for a service (checked live before they are saved)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of a service')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials overview')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or install it where the shell looks for it (--install)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page, or install them all where man finds them (--install)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve local fakes of every service, for trying chatdrop and for tests')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'What was uploaded where, newest first, from the journal (failed and unknown included)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send files to several destinations at once (services and their targets, or a route)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Post each new file of a folder, once, to each destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;pyrus' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file by its guid or id, under the name Pyrus gives it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;pyrus;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Attach the uploaded files to this task (default: the profile''s `task`)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Text of the comment that attaches the files (to --task or the profile''s `task`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;pyrus;download' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;pyrus;help' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file by its guid or id, under the name Pyrus gives it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;pyrus;help;upload' {
            break
        }
        'chatdrop;pyrus;help;download' {
            break
        }
        'chatdrop;pyrus;help;help' {
            break
        }
        'chatdrop;connect' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('send-image', 'send-image', [CompletionResultType]::ParameterValue, 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user')
            [CompletionResult]::new('send-file', 'send-file', [CompletionResultType]::ParameterValue, 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)')
            [CompletionResult]::new('lines', 'lines', [CompletionResultType]::ParameterValue, 'List the support lines the API user serves: id and name (tab-separated when piped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;connect;send-image' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--conference', '--conference', [CompletionResultType]::ParameterName, 'Group chat (conference) UUID (default: the profile''s `conference`)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'The support line to send to, by UUID or name (default: the profile''s `line`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (subscriber) on the support line (default: the profile''s `user`)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Comment shown with each file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;connect;send-file' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'The support line to send to, by UUID or name (default: the profile''s `line`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (subscriber) on the support line (default: the profile''s `user`)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Comment shown with each file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;connect;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'The support line to send to, by UUID or name (default: the profile''s `line`)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user (subscriber) on the support line (default: the profile''s `user`)')
            [CompletionResult]::new('--comment', '--comment', [CompletionResultType]::ParameterName, 'Comment shown with each file')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;connect;lines' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;connect;help' {
            [CompletionResult]::new('send-image', 'send-image', [CompletionResultType]::ParameterValue, 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user')
            [CompletionResult]::new('send-file', 'send-file', [CompletionResultType]::ParameterValue, 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)')
            [CompletionResult]::new('lines', 'lines', [CompletionResultType]::ParameterValue, 'List the support lines the API user serves: id and name (tab-separated when piped)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;connect;help;send-image' {
            break
        }
        'chatdrop;connect;help;send-file' {
            break
        }
        'chatdrop;connect;help;lines' {
            break
        }
        'chatdrop;connect;help;help' {
            break
        }
        'chatdrop;ok' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('moment', 'moment', [CompletionResultType]::ParameterValue, 'Publish each image as a Moment (upload link, upload, commit) and print each moment')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Publish each image as a Moment (upload link, upload, commit) and print each moment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;ok;moment' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single image)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'chatdrop;ok;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single image)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'chatdrop;ok;help' {
            [CompletionResult]::new('moment', 'moment', [CompletionResultType]::ParameterValue, 'Publish each image as a Moment (upload link, upload, commit) and print each moment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;ok;help;moment' {
            break
        }
        'chatdrop;ok;help;help' {
            break
        }
        'chatdrop;carbonio' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to a room (one chat message each) and print their attachment ids')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Attach files to a room (one chat message each) and print their attachment ids')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List a room''s attachments, newest first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List a room''s attachments, newest first')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List a room''s attachments, newest first')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show an attachment''s metadata')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show an attachment''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment under its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (only its uploader or a room owner may; asks first)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (only its uploader or a room owner may; asks first)')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'List the rooms the account can access: id, type and name (tab-separated when piped)')
            [CompletionResult]::new('room-picture', 'room-picture', [CompletionResultType]::ParameterValue, 'A room''s picture: set, get or delete it')
            [CompletionResult]::new('user-picture', 'user-picture', [CompletionResultType]::ParameterValue, 'The account''s picture (or another user''s with --user): set or get it')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Download a preview of an image or PDF attachment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;attach' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Text shown with each attachment')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Post the attachments as replies to this message')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'The id of the chat message the attachment creates (a single file only)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Text shown with each attachment')
            [CompletionResult]::new('--reply-to', '--reply-to', [CompletionResultType]::ParameterName, 'Post the attachments as replies to this message')
            [CompletionResult]::new('--message-id', '--message-id', [CompletionResultType]::ParameterName, 'The id of the chat message the attachment creates (a single file only)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;attachments' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (default 20)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every attachment of the room, page after page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;list' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (default 20)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every attachment of the room, page after page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;ls' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many (default 20)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every attachment of the room, page after page')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;info' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;get' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;download' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;delete' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;rm' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;rooms' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;room-picture' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the room''s picture (an image within the server''s size limit; room owners only)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the room''s picture')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the room''s picture (room owners only; asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;room-picture;set' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;room-picture;get' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;room-picture;delete' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room: its UUID or its name (default: the profile''s `room`)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;room-picture;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the room''s picture (an image within the server''s size limit; room owners only)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the room''s picture')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the room''s picture (room owners only; asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;room-picture;help;set' {
            break
        }
        'chatdrop;carbonio;room-picture;help;get' {
            break
        }
        'chatdrop;carbonio;room-picture;help;delete' {
            break
        }
        'chatdrop;carbonio;room-picture;help;help' {
            break
        }
        'chatdrop;carbonio;user-picture' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the account''s picture (an image within the server''s size limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the account''s picture (or another user''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;user-picture;set' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user''s UUID (default: the logged-in account''s own)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;user-picture;get' {
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'The user''s UUID (default: the logged-in account''s own)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;user-picture;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the account''s picture (an image within the server''s size limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the account''s picture (or another user''s)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;user-picture;help;set' {
            break
        }
        'chatdrop;carbonio;user-picture;help;get' {
            break
        }
        'chatdrop;carbonio;user-picture;help;help' {
            break
        }
        'chatdrop;carbonio;preview' {
            [CompletionResult]::new('--room', '--room', [CompletionResultType]::ParameterName, 'The room to find the attachment NAME in: its UUID or its name')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'WIDTHxHEIGHT of the preview (default: the image''s own size when known)')
            [CompletionResult]::new('--quality', '--quality', [CompletionResultType]::ParameterName, 'Image quality (the higher, the slower)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Image format of the preview (default: the original''s when it is one of these)')
            [CompletionResult]::new('--pages', '--pages', [CompletionResultType]::ParameterName, 'Pages of a PDF preview: FIRST-LAST (LAST 0 = the document''s last)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--thumbnail', '--thumbnail', [CompletionResultType]::ParameterName, 'A thumbnail rather than a preview')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;carbonio;help' {
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to a room (one chat message each) and print their attachment ids')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List a room''s attachments, newest first')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show an attachment''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment under its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (only its uploader or a room owner may; asks first)')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'List the rooms the account can access: id, type and name (tab-separated when piped)')
            [CompletionResult]::new('room-picture', 'room-picture', [CompletionResultType]::ParameterValue, 'A room''s picture: set, get or delete it')
            [CompletionResult]::new('user-picture', 'user-picture', [CompletionResultType]::ParameterValue, 'The account''s picture (or another user''s with --user): set or get it')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Download a preview of an image or PDF attachment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;carbonio;help;attach' {
            break
        }
        'chatdrop;carbonio;help;attachments' {
            break
        }
        'chatdrop;carbonio;help;info' {
            break
        }
        'chatdrop;carbonio;help;download' {
            break
        }
        'chatdrop;carbonio;help;delete' {
            break
        }
        'chatdrop;carbonio;help;rooms' {
            break
        }
        'chatdrop;carbonio;help;room-picture' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the room''s picture (an image within the server''s size limit; room owners only)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the room''s picture')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the room''s picture (room owners only; asks first)')
            break
        }
        'chatdrop;carbonio;help;room-picture;set' {
            break
        }
        'chatdrop;carbonio;help;room-picture;get' {
            break
        }
        'chatdrop;carbonio;help;room-picture;delete' {
            break
        }
        'chatdrop;carbonio;help;user-picture' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the account''s picture (an image within the server''s size limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the account''s picture (or another user''s)')
            break
        }
        'chatdrop;carbonio;help;user-picture;set' {
            break
        }
        'chatdrop;carbonio;help;user-picture;get' {
            break
        }
        'chatdrop;carbonio;help;preview' {
            break
        }
        'chatdrop;carbonio;help;help' {
            break
        }
        'chatdrop;protocol' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Upload files as attachments (one request each) and print each one''s id and file_url')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files as attachments (one request each) and print each one''s id and file_url')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List attachments, newest first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List attachments, newest first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List attachments, newest first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('conversations', 'conversations', [CompletionResultType]::ParameterValue, 'List conversations, most recently active first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one attachment')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show one attachment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment (from its file_url) under its name')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Change an attachment''s file name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (asks first; --yes to skip the question)')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (asks first; --yes to skip the question)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;protocol;attach' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Put them into this conversation (default: the profile''s `conversation`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;upload' {
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Put them into this conversation (default: the profile''s `conversation`)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;attachments' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only the attachments of this conversation')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to list (1 to 100)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this attachment id (the last id of a previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every attachment, page by page (100 per request)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;list' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only the attachments of this conversation')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to list (1 to 100)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this attachment id (the last id of a previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every attachment, page by page (100 per request)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;ls' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'Only the attachments of this conversation')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to list (1 to 100)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this attachment id (the last id of a previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every attachment, page by page (100 per request)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;conversations' {
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many to list (1 to 100)')
            [CompletionResult]::new('--after', '--after', [CompletionResultType]::ParameterName, 'Start after this conversation id (the last id of a previous page)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'List every conversation, page by page (100 per request)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;get' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;info' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;download' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Where to save: a directory, a file path, or - for stdout')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the file if it exists')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;rename' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;delete' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;rm' {
            [CompletionResult]::new('--conversation', '--conversation', [CompletionResultType]::ParameterName, 'The conversation to find the attachment NAME in (default: the profile''s `conversation`; none: every attachment)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed without a terminal)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;protocol;help' {
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Upload files as attachments (one request each) and print each one''s id and file_url')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List attachments, newest first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('conversations', 'conversations', [CompletionResultType]::ParameterValue, 'List conversations, most recently active first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one attachment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment (from its file_url) under its name')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Change an attachment''s file name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (asks first; --yes to skip the question)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;protocol;help;attach' {
            break
        }
        'chatdrop;protocol;help;attachments' {
            break
        }
        'chatdrop;protocol;help;conversations' {
            break
        }
        'chatdrop;protocol;help;get' {
            break
        }
        'chatdrop;protocol;help;download' {
            break
        }
        'chatdrop;protocol;help;rename' {
            break
        }
        'chatdrop;protocol;help;delete' {
            break
        }
        'chatdrop;protocol;help;help' {
            break
        }
        'chatdrop;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;login;pyrus' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where POST /auth is sent')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the security key from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;login;connect' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the push API')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;login;ok' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the REST API (fb.do lives under it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the access token from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;login;carbonio' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Your Carbonio server, e.g. https://mail.example.com')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
            [CompletionResult]::new('--store-password', '--store-password', [CompletionResultType]::ParameterName, 'Also store the password (stored only if you ask, to log in again when the token expires)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;login;protocol' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the API')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;login;help' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;login;help;pyrus' {
            break
        }
        'chatdrop;login;help;connect' {
            break
        }
        'chatdrop;login;help;ok' {
            break
        }
        'chatdrop;login;help;carbonio' {
            break
        }
        'chatdrop;login;help;protocol' {
            break
        }
        'chatdrop;login;help;help' {
            break
        }
        'chatdrop;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set up credentials for a service (the same as `chatdrop login`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of a service (the same as `chatdrop logout`)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which services have credentials in this profile, and where they come from (never the secrets)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;auth;login;pyrus' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Where POST /auth is sent')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'The email of the Pyrus account (or bot) the API acts as')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the security key from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;login;connect' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the push API')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Login of the API user (management system > Administration > API settings)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;login;ok' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the REST API (fb.do lives under it)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the access token from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;login;carbonio' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Your Carbonio server, e.g. https://mail.example.com')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--login', '--login', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Your account, e.g. user@example.com')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the password from stdin instead of prompting')
            [CompletionResult]::new('--store-password', '--store-password', [CompletionResultType]::ParameterName, 'Also store the password (stored only if you ask, to log in again when the token expires)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;login;protocol' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the API')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'Also store secrets taken from the CHATDROP_* env vars (without it, a login whose secrets all come from the environment checks them and stores nothing secret)')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin instead of prompting')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;login;help' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;auth;login;help;pyrus' {
            break
        }
        'chatdrop;auth;login;help;connect' {
            break
        }
        'chatdrop;auth;login;help;ok' {
            break
        }
        'chatdrop;auth;login;help;carbonio' {
            break
        }
        'chatdrop;auth;login;help;protocol' {
            break
        }
        'chatdrop;auth;login;help;help' {
            break
        }
        'chatdrop;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Also try each service''s credentials live (as `login` does); exit 4 if one is refused')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;migrate' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set up credentials for a service (the same as `chatdrop login`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of a service (the same as `chatdrop logout`)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which services have credentials in this profile, and where they come from (never the secrets)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;auth;help;login' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            break
        }
        'chatdrop;auth;help;login;pyrus' {
            break
        }
        'chatdrop;auth;help;login;connect' {
            break
        }
        'chatdrop;auth;help;login;ok' {
            break
        }
        'chatdrop;auth;help;login;carbonio' {
            break
        }
        'chatdrop;auth;help;login;protocol' {
            break
        }
        'chatdrop;auth;help;logout' {
            break
        }
        'chatdrop;auth;help;status' {
            break
        }
        'chatdrop;auth;help;migrate' {
            break
        }
        'chatdrop;auth;help;help' {
            break
        }
        'chatdrop;completions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Write the script to the shell''s standard user location and say what else to do')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;man' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--install', '--install', [CompletionResultType]::ParameterName, 'Write every page to ${XDG_DATA_HOME:-~/.local/share}/man/man1 and say whether man looks there')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;sandbox' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port on 127.0.0.1 (0 picks a free one)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--reset', '--reset', [CompletionResultType]::ParameterName, 'Forget everything the fakes kept (their state and the uploaded files), then exit')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;history' {
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Only uploads to this service')
            [CompletionResult]::new('--target', '--target', [CompletionResultType]::ParameterName, 'Only uploads to this target: its id or part of it (a task, room, conference, line or conversation), or its name when the upload found it by name (`--room "Design Review"`)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only records since then: a time back from now (12h, 7d) or a date (2025-06-01, RFC 3339)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N records, the newest')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--failed', '--failed', [CompletionResultType]::ParameterName, 'Only files whose latest attempt failed or may have been delivered (unknown)')
            [CompletionResult]::new('--paths', '--paths', [CompletionResultType]::ParameterName, 'Print only the local paths, one per line, each once (stdin uploads left out)')
            [CompletionResult]::new('-0', '-0', [CompletionResultType]::ParameterName, 'Print only the local paths, each ending in a NUL byte, exactly as the file system has them (for `xargs -0` and `--files-from -`; implies --paths)')
            [CompletionResult]::new('--print0', '--print0', [CompletionResultType]::ParameterName, 'Print only the local paths, each ending in a NUL byte, exactly as the file system has them (for `xargs -0` and `--files-from -`; implies --paths)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;send' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A destination: SERVICE, or SERVICE:TARGET where TARGET is what that service''s own upload flag takes (a room, task, line, conference or conversation, by id or by name; `key=value` names the flag: `connect:line=Support`); the rest comes from the profile. Repeat it for more destinations')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'The destinations listed under [routes.NAME] `to = [...]` in config.toml')
            [CompletionResult]::new('--files-from', '--files-from', [CompletionResultType]::ParameterName, 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name to send (for `-`, or a single file)')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;watch' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'A destination: SERVICE, or SERVICE:TARGET where TARGET is what that service''s own upload flag takes (a room, task, line, conference or conversation, by id or by name; `key=value` names the flag: `connect:line=Support`); the rest comes from the profile. Repeat it for more destinations')
            [CompletionResult]::new('--route', '--route', [CompletionResultType]::ParameterName, 'The destinations listed under [routes.NAME] `to = [...]` in config.toml')
            [CompletionResult]::new('--include', '--include', [CompletionResultType]::ParameterName, 'Send only files whose name (or path under DIR) matches this glob (repeatable; `*.png`)')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out files whose name (or path under DIR) matches this glob (repeatable)')
            [CompletionResult]::new('--settle', '--settle', [CompletionResultType]::ParameterName, 'A file is sent once it has not changed for this long')
            [CompletionResult]::new('--after-send', '--after-send', [CompletionResultType]::ParameterName, 'What to do with a file once every destination has it: keep, delete, or move:DIR')
            [CompletionResult]::new('--journal', '--journal', [CompletionResultType]::ParameterName, 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Give up connecting after this long')
            [CompletionResult]::new('--stall-timeout', '--stall-timeout', [CompletionResultType]::ParameterName, 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]')
            [CompletionResult]::new('--response-timeout', '--response-timeout', [CompletionResultType]::ParameterName, 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Watch the folders under DIR too')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Watch the folders under DIR too')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Send what the journal lacks, then exit (for cron)')
            [CompletionResult]::new('--poll', '--poll', [CompletionResultType]::ParameterName, 'Poll the folder instead of asking the kernel for events (network file systems)')
            [CompletionResult]::new('--skip-sent', '--skip-sent', [CompletionResultType]::ParameterName, 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]')
            [CompletionResult]::new('--no-skip-sent', '--no-skip-sent', [CompletionResultType]::ParameterName, 'Send every file, even where the profile sets `skip_sent = true`')
            [CompletionResult]::new('--resend-unknown', '--resend-unknown', [CompletionResultType]::ParameterName, 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)')
            [CompletionResult]::new('--checksum', '--checksum', [CompletionResultType]::ParameterName, 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]')
            [CompletionResult]::new('--no-journal', '--no-journal', [CompletionResultType]::ParameterName, 'Record nothing in the journal for this run')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print results as JSON, one object per line (NDJSON), on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'No progress or status on stderr (results and errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check everything and print the requests that would change something, sending none of them (reads still go: logins, lists, limits) [env: CHATDROP_DRY_RUN]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'chatdrop;help' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Pyrus: upload files and attach them to a task in one comment; download by guid')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, '1C-Connect: send images into group chats and support lines (by UUID or name), any file to a line')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'OK.ru: publish images as Moments (the 3-step upload)')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Zextras Carbonio chats: attach files to rooms (by UUID or name); list, fetch, delete attachments (by id or file name); pictures, previews')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Protocol chat: upload, list, get, download, rename, delete attachments (by id or file name)')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set up credentials for a service (checked live before they are saved)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of a service')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Credentials overview')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script, or install it where the shell looks for it (--install)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print a man page, or install them all where man finds them (--install)')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve local fakes of every service, for trying chatdrop and for tests')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'What was uploaded where, newest first, from the journal (failed and unknown included)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send files to several destinations at once (services and their targets, or a route)')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Post each new file of a folder, once, to each destination')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'chatdrop;help;pyrus' {
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download a file by its guid or id, under the name Pyrus gives it')
            break
        }
        'chatdrop;help;pyrus;upload' {
            break
        }
        'chatdrop;help;pyrus;download' {
            break
        }
        'chatdrop;help;connect' {
            [CompletionResult]::new('send-image', 'send-image', [CompletionResultType]::ParameterValue, 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user')
            [CompletionResult]::new('send-file', 'send-file', [CompletionResultType]::ParameterValue, 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)')
            [CompletionResult]::new('lines', 'lines', [CompletionResultType]::ParameterValue, 'List the support lines the API user serves: id and name (tab-separated when piped)')
            break
        }
        'chatdrop;help;connect;send-image' {
            break
        }
        'chatdrop;help;connect;send-file' {
            break
        }
        'chatdrop;help;connect;lines' {
            break
        }
        'chatdrop;help;ok' {
            [CompletionResult]::new('moment', 'moment', [CompletionResultType]::ParameterValue, 'Publish each image as a Moment (upload link, upload, commit) and print each moment')
            break
        }
        'chatdrop;help;ok;moment' {
            break
        }
        'chatdrop;help;carbonio' {
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Attach files to a room (one chat message each) and print their attachment ids')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List a room''s attachments, newest first')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show an attachment''s metadata')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment under its name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (only its uploader or a room owner may; asks first)')
            [CompletionResult]::new('rooms', 'rooms', [CompletionResultType]::ParameterValue, 'List the rooms the account can access: id, type and name (tab-separated when piped)')
            [CompletionResult]::new('room-picture', 'room-picture', [CompletionResultType]::ParameterValue, 'A room''s picture: set, get or delete it')
            [CompletionResult]::new('user-picture', 'user-picture', [CompletionResultType]::ParameterValue, 'The account''s picture (or another user''s with --user): set or get it')
            [CompletionResult]::new('preview', 'preview', [CompletionResultType]::ParameterValue, 'Download a preview of an image or PDF attachment')
            break
        }
        'chatdrop;help;carbonio;attach' {
            break
        }
        'chatdrop;help;carbonio;attachments' {
            break
        }
        'chatdrop;help;carbonio;info' {
            break
        }
        'chatdrop;help;carbonio;download' {
            break
        }
        'chatdrop;help;carbonio;delete' {
            break
        }
        'chatdrop;help;carbonio;rooms' {
            break
        }
        'chatdrop;help;carbonio;room-picture' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the room''s picture (an image within the server''s size limit; room owners only)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the room''s picture')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove the room''s picture (room owners only; asks first)')
            break
        }
        'chatdrop;help;carbonio;room-picture;set' {
            break
        }
        'chatdrop;help;carbonio;room-picture;get' {
            break
        }
        'chatdrop;help;carbonio;room-picture;delete' {
            break
        }
        'chatdrop;help;carbonio;user-picture' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the account''s picture (an image within the server''s size limit)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Download the account''s picture (or another user''s)')
            break
        }
        'chatdrop;help;carbonio;user-picture;set' {
            break
        }
        'chatdrop;help;carbonio;user-picture;get' {
            break
        }
        'chatdrop;help;carbonio;preview' {
            break
        }
        'chatdrop;help;protocol' {
            [CompletionResult]::new('attach', 'attach', [CompletionResultType]::ParameterValue, 'Upload files as attachments (one request each) and print each one''s id and file_url')
            [CompletionResult]::new('attachments', 'attachments', [CompletionResultType]::ParameterValue, 'List attachments, newest first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('conversations', 'conversations', [CompletionResultType]::ParameterValue, 'List conversations, most recently active first (one page of 20 unless --limit or --all)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show one attachment')
            [CompletionResult]::new('download', 'download', [CompletionResultType]::ParameterValue, 'Download an attachment (from its file_url) under its name')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Change an attachment''s file name')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an attachment for good (asks first; --yes to skip the question)')
            break
        }
        'chatdrop;help;protocol;attach' {
            break
        }
        'chatdrop;help;protocol;attachments' {
            break
        }
        'chatdrop;help;protocol;conversations' {
            break
        }
        'chatdrop;help;protocol;get' {
            break
        }
        'chatdrop;help;protocol;download' {
            break
        }
        'chatdrop;help;protocol;rename' {
            break
        }
        'chatdrop;help;protocol;delete' {
            break
        }
        'chatdrop;help;login' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            break
        }
        'chatdrop;help;login;pyrus' {
            break
        }
        'chatdrop;help;login;connect' {
            break
        }
        'chatdrop;help;login;ok' {
            break
        }
        'chatdrop;help;login;carbonio' {
            break
        }
        'chatdrop;help;login;protocol' {
            break
        }
        'chatdrop;help;logout' {
            break
        }
        'chatdrop;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Set up credentials for a service (the same as `chatdrop login`)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Forget the stored credentials of a service (the same as `chatdrop logout`)')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Which services have credentials in this profile, and where they come from (never the secrets)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file')
            break
        }
        'chatdrop;help;auth;login' {
            [CompletionResult]::new('pyrus', 'pyrus', [CompletionResultType]::ParameterValue, 'Log in to Pyrus')
            [CompletionResult]::new('connect', 'connect', [CompletionResultType]::ParameterValue, 'Log in to 1C-Connect')
            [CompletionResult]::new('ok', 'ok', [CompletionResultType]::ParameterValue, 'Log in to OK.ru')
            [CompletionResult]::new('carbonio', 'carbonio', [CompletionResultType]::ParameterValue, 'Log in to Zextras Carbonio')
            [CompletionResult]::new('protocol', 'protocol', [CompletionResultType]::ParameterValue, 'Log in to Protocol')
            break
        }
        'chatdrop;help;auth;login;pyrus' {
            break
        }
        'chatdrop;help;auth;login;connect' {
            break
        }
        'chatdrop;help;auth;login;ok' {
            break
        }
        'chatdrop;help;auth;login;carbonio' {
            break
        }
        'chatdrop;help;auth;login;protocol' {
            break
        }
        'chatdrop;help;auth;logout' {
            break
        }
        'chatdrop;help;auth;status' {
            break
        }
        'chatdrop;help;auth;migrate' {
            break
        }
        'chatdrop;help;completions' {
            break
        }
        'chatdrop;help;man' {
            break
        }
        'chatdrop;help;sandbox' {
            break
        }
        'chatdrop;help;history' {
            break
        }
        'chatdrop;help;send' {
            break
        }
        'chatdrop;help;watch' {
            break
        }
        'chatdrop;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
