
use builtin;
use str;

set edit:completion:arg-completer[chatdrop] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'chatdrop'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'chatdrop'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand pyrus 'Pyrus: upload files (and attach them to a task), download files'
            cand connect '1C-Connect: send images into group chats and support lines'
            cand ok 'OK.ru: publish images as Moments'
            cand carbonio 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
            cand protocol 'Protocol chat: upload, list, get, rename, delete attachments'
            cand login 'Set up credentials for a service (checked live before they are saved)'
            cand logout 'Forget the stored credentials of a service'
            cand auth 'Credentials overview'
            cand completions 'Print a shell completion script, or install it where the shell looks for it (--install)'
            cand man 'Print a man page, or install them all where man finds them (--install)'
            cand sandbox 'Serve local fakes of every service, for trying chatdrop and for tests'
            cand history 'What was uploaded where, newest first, from the journal (failed and unknown included)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus;upload'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --task 'Attach the uploaded files to this task (default: the profile''s `task`)'
            cand --comment 'Text of the comment that attaches the files (to --task or the profile''s `task`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;pyrus;download'= {
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;pyrus;help'= {
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;pyrus;help;upload'= {
        }
        &'chatdrop;pyrus;help;download'= {
        }
        &'chatdrop;pyrus;help;help'= {
        }
        &'chatdrop;connect'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand upload 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;connect;send-image'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --conference 'Group chat (conference) UUID (default: the profile''s `conference`)'
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;send-file'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;upload'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --author 'Who sends: a member of the group chat, or the specialist on a line (default: the profile''s `author`)'
            cand --line 'The support line to send to, by UUID or name (default: the profile''s `line`)'
            cand --user 'The user (subscriber) on the support line (default: the profile''s `user`)'
            cand --comment 'Comment shown with each file'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;lines'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;connect;help'= {
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;connect;help;send-image'= {
        }
        &'chatdrop;connect;help;send-file'= {
        }
        &'chatdrop;connect;help;lines'= {
        }
        &'chatdrop;connect;help;help'= {
        }
        &'chatdrop;ok'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand upload 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;ok;moment'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --name 'File name to send (for `-`, or a single image)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'chatdrop;ok;upload'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --name 'File name to send (for `-`, or a single image)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'chatdrop;ok;help'= {
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;ok;help;moment'= {
        }
        &'chatdrop;ok;help;help'= {
        }
        &'chatdrop;carbonio'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand upload 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand list 'List a room''s attachments, newest first'
            cand ls 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand get 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rm 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;attach'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --description 'Text shown with each attachment'
            cand --reply-to 'Post the attachments as replies to this message'
            cand --message-id 'The id of the chat message the attachment creates (a single file only)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;upload'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --description 'Text shown with each attachment'
            cand --reply-to 'Post the attachments as replies to this message'
            cand --message-id 'The id of the chat message the attachment creates (a single file only)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;attachments'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;list'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;ls'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`; on a terminal, a pick list)'
            cand --limit 'At most this many (default 20)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'Every attachment of the room, page after page'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;info'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;get'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;download'= {
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;delete'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;rm'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;rooms'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;room-picture;set'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;get'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;delete'= {
            cand --room 'The room: its UUID or its name (default: the profile''s `room`)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;room-picture;help'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;room-picture;help;set'= {
        }
        &'chatdrop;carbonio;room-picture;help;get'= {
        }
        &'chatdrop;carbonio;room-picture;help;delete'= {
        }
        &'chatdrop;carbonio;room-picture;help;help'= {
        }
        &'chatdrop;carbonio;user-picture'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;user-picture;set'= {
            cand --user 'The user''s UUID (default: the logged-in account''s own)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;user-picture;get'= {
            cand --user 'The user''s UUID (default: the logged-in account''s own)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;user-picture;help'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;user-picture;help;set'= {
        }
        &'chatdrop;carbonio;user-picture;help;get'= {
        }
        &'chatdrop;carbonio;user-picture;help;help'= {
        }
        &'chatdrop;carbonio;preview'= {
            cand --room 'The room to find the attachment NAME in: its UUID or its name'
            cand --size 'WIDTHxHEIGHT of the preview (default: the image''s own size when known)'
            cand --quality 'Image quality (the higher, the slower)'
            cand --format 'Image format of the preview (default: the original''s when it is one of these)'
            cand --pages 'Pages of a PDF preview: FIRST-LAST (LAST 0 = the document''s last)'
            cand -o 'Where to save: a directory, a file path, or - for stdout'
            cand --output 'Where to save: a directory, a file path, or - for stdout'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --thumbnail 'A thumbnail rather than a preview'
            cand --force 'Replace the file if it exists'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;carbonio;help'= {
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;carbonio;help;attach'= {
        }
        &'chatdrop;carbonio;help;attachments'= {
        }
        &'chatdrop;carbonio;help;info'= {
        }
        &'chatdrop;carbonio;help;download'= {
        }
        &'chatdrop;carbonio;help;delete'= {
        }
        &'chatdrop;carbonio;help;rooms'= {
        }
        &'chatdrop;carbonio;help;room-picture'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
        }
        &'chatdrop;carbonio;help;room-picture;set'= {
        }
        &'chatdrop;carbonio;help;room-picture;get'= {
        }
        &'chatdrop;carbonio;help;room-picture;delete'= {
        }
        &'chatdrop;carbonio;help;user-picture'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
        }
        &'chatdrop;carbonio;help;user-picture;set'= {
        }
        &'chatdrop;carbonio;help;user-picture;get'= {
        }
        &'chatdrop;carbonio;help;preview'= {
        }
        &'chatdrop;carbonio;help;help'= {
        }
        &'chatdrop;protocol'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand upload 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 20 unless --limit or --all)'
            cand list 'List attachments, newest first (one page of 20 unless --limit or --all)'
            cand ls 'List attachments, newest first (one page of 20 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 20 unless --limit or --all)'
            cand get 'Show one attachment'
            cand info 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand rm 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;protocol;attach'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --conversation 'Put them into this conversation (default: the profile''s `conversation`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;upload'= {
            cand --files-from 'Also send the files listed in FILE (`-`: stdin), one path per line, or each ending in a NUL byte, taken byte for byte: e.g. `find shots -name ''*.png'' -print0 | chatdrop … --files-from -`, or what `chatdrop history --service S --target T --failed -0` prints'
            cand --conversation 'Put them into this conversation (default: the profile''s `conversation`)'
            cand --name 'File name to send (for `-`, or a single file)'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --skip-sent 'Leave out files whose content was already sent to the same service, profile and target (a file whose size, mtime and inode match the journal''s record is not read, the others are hashed first); they are reported as skipped with the earlier ids [env: CHATDROP_SKIP_SENT]'
            cand --no-skip-sent 'Send every file, even where the profile sets `skip_sent = true`'
            cand --resend-unknown 'With --skip-sent: also send files whose earlier attempt may have been delivered (unknown)'
            cand --checksum 'With --skip-sent: read every file to fingerprint it, even one whose size, mtime and inode match the journal''s record [env: CHATDROP_CHECKSUM]'
            cand --no-journal 'Record nothing in the journal for this run'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;attachments'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;list'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;ls'= {
            cand --conversation 'Only the attachments of this conversation'
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this attachment id (the last id of a previous page)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'List every attachment, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;conversations'= {
            cand --limit 'How many to list (1 to 100)'
            cand --after 'Start after this conversation id (the last id of a previous page)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --all 'List every conversation, page by page (100 per request)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;get'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;info'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;rename'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;delete'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;rm'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand -y 'Do not ask for confirmation (needed without a terminal)'
            cand --yes 'Do not ask for confirmation (needed without a terminal)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;protocol;help'= {
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 20 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 20 unless --limit or --all)'
            cand get 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;protocol;help;attach'= {
        }
        &'chatdrop;protocol;help;attachments'= {
        }
        &'chatdrop;protocol;help;conversations'= {
        }
        &'chatdrop;protocol;help;get'= {
        }
        &'chatdrop;protocol;help;rename'= {
        }
        &'chatdrop;protocol;help;delete'= {
        }
        &'chatdrop;protocol;help;help'= {
        }
        &'chatdrop;login'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;login;pyrus'= {
            cand --url 'Where POST /auth is sent'
            cand --login 'The email of the Pyrus account (or bot) the API acts as'
            cand --account 'The email of the Pyrus account (or bot) the API acts as'
            cand --email 'The email of the Pyrus account (or bot) the API acts as'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the security key from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;login;connect'= {
            cand --url 'Base URL of the push API'
            cand --login 'Login of the API user (management system > Administration > API settings)'
            cand --account 'Login of the API user (management system > Administration > API settings)'
            cand --email 'Login of the API user (management system > Administration > API settings)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the password from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;login;ok'= {
            cand --url 'Base URL of the REST API (fb.do lives under it)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the access token from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;login;carbonio'= {
            cand --url 'Your Carbonio server, e.g. https://mail.example.com'
            cand --account 'Your account, e.g. user@example.com'
            cand --login 'Your account, e.g. user@example.com'
            cand --email 'Your account, e.g. user@example.com'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the password from stdin instead of prompting'
            cand --store-password 'Also store the password (stored only if you ask, to log in again when the token expires)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;login;protocol'= {
            cand --url 'Base URL of the API'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the token from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;login;help'= {
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;login;help;pyrus'= {
        }
        &'chatdrop;login;help;connect'= {
        }
        &'chatdrop;login;help;ok'= {
        }
        &'chatdrop;login;help;carbonio'= {
        }
        &'chatdrop;login;help;protocol'= {
        }
        &'chatdrop;login;help;help'= {
        }
        &'chatdrop;logout'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;login'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;login;pyrus'= {
            cand --url 'Where POST /auth is sent'
            cand --login 'The email of the Pyrus account (or bot) the API acts as'
            cand --account 'The email of the Pyrus account (or bot) the API acts as'
            cand --email 'The email of the Pyrus account (or bot) the API acts as'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the security key from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;login;connect'= {
            cand --url 'Base URL of the push API'
            cand --login 'Login of the API user (management system > Administration > API settings)'
            cand --account 'Login of the API user (management system > Administration > API settings)'
            cand --email 'Login of the API user (management system > Administration > API settings)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the password from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;login;ok'= {
            cand --url 'Base URL of the REST API (fb.do lives under it)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the access token from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;login;carbonio'= {
            cand --url 'Your Carbonio server, e.g. https://mail.example.com'
            cand --account 'Your account, e.g. user@example.com'
            cand --login 'Your account, e.g. user@example.com'
            cand --email 'Your account, e.g. user@example.com'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the password from stdin instead of prompting'
            cand --store-password 'Also store the password (stored only if you ask, to log in again when the token expires)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;login;protocol'= {
            cand --url 'Base URL of the API'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --with-token 'Read the token from stdin instead of prompting'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;login;help'= {
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;login;help;pyrus'= {
        }
        &'chatdrop;auth;login;help;connect'= {
        }
        &'chatdrop;auth;login;help;ok'= {
        }
        &'chatdrop;auth;login;help;carbonio'= {
        }
        &'chatdrop;auth;login;help;protocol'= {
        }
        &'chatdrop;auth;login;help;help'= {
        }
        &'chatdrop;auth;logout'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;status'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --check 'Also try each service''s credentials live (as `login` does); exit 4 if one is refused'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;migrate'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;auth;help'= {
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;auth;help;login'= {
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
        }
        &'chatdrop;auth;help;login;pyrus'= {
        }
        &'chatdrop;auth;help;login;connect'= {
        }
        &'chatdrop;auth;help;login;ok'= {
        }
        &'chatdrop;auth;help;login;carbonio'= {
        }
        &'chatdrop;auth;help;login;protocol'= {
        }
        &'chatdrop;auth;help;logout'= {
        }
        &'chatdrop;auth;help;status'= {
        }
        &'chatdrop;auth;help;migrate'= {
        }
        &'chatdrop;auth;help;help'= {
        }
        &'chatdrop;completions'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --install 'Write the script to the shell''s standard user location and say what else to do'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;man'= {
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --install 'Write every page to ${XDG_DATA_HOME:-~/.local/share}/man/man1 and say whether man looks there'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;sandbox'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --reset 'Forget everything the fakes kept (their state and the uploaded files), then exit'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;history'= {
            cand --service 'Only uploads to this service'
            cand --target 'Only uploads to this target: its id or part of it (a task, room, conference, line or conversation), or its name when the upload found it by name (`--room "Design Review"`)'
            cand --since 'Only records since then: a time back from now (12h, 7d) or a date (2025-06-01, RFC 3339)'
            cand --limit 'At most N records, the newest'
            cand --journal 'The journal file (default: journal.jsonl in the state dir, e.g. ~/.local/state/chatdrop) [env: CHATDROP_JOURNAL]'
            cand --profile 'Settings profile to use [default: default] [env: CHATDROP_PROFILE]'
            cand --config 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)'
            cand --jobs 'Concurrent uploads for several files [default: 4] [env: CHATDROP_JOBS]'
            cand --retries 'Retries after a temporary failure (connect error, 429, 502/503/504) [default: 3] [env: CHATDROP_RETRIES]'
            cand --ca-cert 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA'
            cand --connect-timeout 'Give up connecting after this long'
            cand --stall-timeout 'Fail a transfer when no data moves for this long (there is no total time limit) [default: 30s] [env: CHATDROP_STALL_TIMEOUT]'
            cand --response-timeout 'How long to wait for the server''s answer once a file is fully sent [default: 120s] [env: CHATDROP_RESPONSE_TIMEOUT]'
            cand --failed 'Only files whose latest attempt failed or may have been delivered (unknown)'
            cand --paths 'Print only the local paths, one per line, each once (stdin uploads left out)'
            cand -0 'Print only the local paths, each ending in a NUL byte, exactly as the file system has them (for `xargs -0` and `--files-from -`; implies --paths)'
            cand --print0 'Print only the local paths, each ending in a NUL byte, exactly as the file system has them (for `xargs -0` and `--files-from -`; implies --paths)'
            cand --json 'Print results as JSON, one object per line (NDJSON), on stdout'
            cand -q 'No progress or status on stderr (results and errors still print)'
            cand --quiet 'No progress or status on stderr (results and errors still print)'
            cand -v 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --verbose 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
            cand --no-input 'Never prompt; fail at once when input would be needed [env: CHATDROP_NO_INPUT]'
            cand --sandbox 'Run against built-in local fakes of the services (no account needed); they keep what they are sent until `chatdrop sandbox --reset`'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'chatdrop;help'= {
            cand pyrus 'Pyrus: upload files (and attach them to a task), download files'
            cand connect '1C-Connect: send images into group chats and support lines'
            cand ok 'OK.ru: publish images as Moments'
            cand carbonio 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
            cand protocol 'Protocol chat: upload, list, get, rename, delete attachments'
            cand login 'Set up credentials for a service (checked live before they are saved)'
            cand logout 'Forget the stored credentials of a service'
            cand auth 'Credentials overview'
            cand completions 'Print a shell completion script, or install it where the shell looks for it (--install)'
            cand man 'Print a man page, or install them all where man finds them (--install)'
            cand sandbox 'Serve local fakes of every service, for trying chatdrop and for tests'
            cand history 'What was uploaded where, newest first, from the journal (failed and unknown included)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'chatdrop;help;pyrus'= {
            cand upload 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
            cand download 'Download a file by its guid or id, under the name Pyrus gives it'
        }
        &'chatdrop;help;pyrus;upload'= {
        }
        &'chatdrop;help;pyrus;download'= {
        }
        &'chatdrop;help;connect'= {
            cand send-image 'Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a support line with --line and --user'
            cand send-file 'Send files of any type to a user on a support line (1C-Connect documents no file sending into group chats)'
            cand lines 'List the support lines the API user serves: id and name (tab-separated when piped)'
        }
        &'chatdrop;help;connect;send-image'= {
        }
        &'chatdrop;help;connect;send-file'= {
        }
        &'chatdrop;help;connect;lines'= {
        }
        &'chatdrop;help;ok'= {
            cand moment 'Publish each image as a Moment (upload link, upload, commit) and print each moment'
        }
        &'chatdrop;help;ok;moment'= {
        }
        &'chatdrop;help;carbonio'= {
            cand attach 'Attach files to a room (one chat message each) and print their attachment ids'
            cand attachments 'List a room''s attachments, newest first'
            cand info 'Show an attachment''s metadata'
            cand download 'Download an attachment under its name'
            cand delete 'Delete an attachment for good (only its uploader or a room owner may; asks first)'
            cand rooms 'List the rooms the account can access: id, type and name (tab-separated when piped)'
            cand room-picture 'A room''s picture: set, get or delete it'
            cand user-picture 'The account''s picture (or another user''s with --user): set or get it'
            cand preview 'Download a preview of an image or PDF attachment'
        }
        &'chatdrop;help;carbonio;attach'= {
        }
        &'chatdrop;help;carbonio;attachments'= {
        }
        &'chatdrop;help;carbonio;info'= {
        }
        &'chatdrop;help;carbonio;download'= {
        }
        &'chatdrop;help;carbonio;delete'= {
        }
        &'chatdrop;help;carbonio;rooms'= {
        }
        &'chatdrop;help;carbonio;room-picture'= {
            cand set 'Set the room''s picture (an image within the server''s size limit; room owners only)'
            cand get 'Download the room''s picture'
            cand delete 'Remove the room''s picture (room owners only; asks first)'
        }
        &'chatdrop;help;carbonio;room-picture;set'= {
        }
        &'chatdrop;help;carbonio;room-picture;get'= {
        }
        &'chatdrop;help;carbonio;room-picture;delete'= {
        }
        &'chatdrop;help;carbonio;user-picture'= {
            cand set 'Set the account''s picture (an image within the server''s size limit)'
            cand get 'Download the account''s picture (or another user''s)'
        }
        &'chatdrop;help;carbonio;user-picture;set'= {
        }
        &'chatdrop;help;carbonio;user-picture;get'= {
        }
        &'chatdrop;help;carbonio;preview'= {
        }
        &'chatdrop;help;protocol'= {
            cand attach 'Upload files as attachments (one request each) and print each one''s id and file_url'
            cand attachments 'List attachments, newest first (one page of 20 unless --limit or --all)'
            cand conversations 'List conversations, most recently active first (one page of 20 unless --limit or --all)'
            cand get 'Show one attachment'
            cand rename 'Change an attachment''s file name'
            cand delete 'Delete an attachment for good (asks first; --yes to skip the question)'
        }
        &'chatdrop;help;protocol;attach'= {
        }
        &'chatdrop;help;protocol;attachments'= {
        }
        &'chatdrop;help;protocol;conversations'= {
        }
        &'chatdrop;help;protocol;get'= {
        }
        &'chatdrop;help;protocol;rename'= {
        }
        &'chatdrop;help;protocol;delete'= {
        }
        &'chatdrop;help;login'= {
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
        }
        &'chatdrop;help;login;pyrus'= {
        }
        &'chatdrop;help;login;connect'= {
        }
        &'chatdrop;help;login;ok'= {
        }
        &'chatdrop;help;login;carbonio'= {
        }
        &'chatdrop;help;login;protocol'= {
        }
        &'chatdrop;help;logout'= {
        }
        &'chatdrop;help;auth'= {
            cand login 'Set up credentials for a service (the same as `chatdrop login`)'
            cand logout 'Forget the stored credentials of a service (the same as `chatdrop logout`)'
            cand status 'Which services have credentials in this profile, and where they come from (never the secrets)'
            cand migrate 'Move the secrets in credentials.toml (every profile) into the OS keyring, and out of the file'
        }
        &'chatdrop;help;auth;login'= {
            cand pyrus 'Log in to Pyrus'
            cand connect 'Log in to 1C-Connect'
            cand ok 'Log in to OK.ru'
            cand carbonio 'Log in to Zextras Carbonio'
            cand protocol 'Log in to Protocol'
        }
        &'chatdrop;help;auth;login;pyrus'= {
        }
        &'chatdrop;help;auth;login;connect'= {
        }
        &'chatdrop;help;auth;login;ok'= {
        }
        &'chatdrop;help;auth;login;carbonio'= {
        }
        &'chatdrop;help;auth;login;protocol'= {
        }
        &'chatdrop;help;auth;logout'= {
        }
        &'chatdrop;help;auth;status'= {
        }
        &'chatdrop;help;auth;migrate'= {
        }
        &'chatdrop;help;completions'= {
        }
        &'chatdrop;help;man'= {
        }
        &'chatdrop;help;sandbox'= {
        }
        &'chatdrop;help;history'= {
        }
        &'chatdrop;help;help'= {
        }
    ]
    $completions[$command]
}
