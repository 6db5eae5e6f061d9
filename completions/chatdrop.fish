# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_chatdrop_global_optspecs
    string join \n profile= config= json q/quiet v/verbose no-input sandbox jobs= retries= ca-cert= connect-timeout= stall-timeout= response-timeout= h/help V/version
end

function __fish_chatdrop_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_chatdrop_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_chatdrop_using_subcommand
    set -l cmd (__fish_chatdrop_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c chatdrop -n "__fish_chatdrop_needs_command" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "pyrus" -d 'Pyrus: upload files (and attach them to a task), download files'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "connect" -d '1C-Connect: send images into group chats and support lines'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "ok" -d 'OK.ru: publish images as Moments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "carbonio" -d 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "protocol" -d 'Protocol chat: upload, list, get, rename, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "login" -d 'Set up credentials for a service (checked live before they are saved)'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "logout" -d 'Forget the stored credentials of a service'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "auth" -d 'Credentials overview'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "sandbox" -d 'Serve local fakes of every service, for trying chatdrop and for tests'
complete -c chatdrop -n "__fish_chatdrop_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and not __fish_seen_subcommand_from upload download help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l task -d 'Attach the uploaded files to this task (default: the profile\'s `task`)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l comment -d 'Text of the comment that attaches the files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l name -d 'File name to send (for `-`, or a single file)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s o -l output -d 'Where to save: a directory, or a file path' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l force -d 'Replace the file if it exists'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from download" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand pyrus; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand connect" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand ok" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand carbonio" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand protocol" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l url -d 'Server or API base URL to store with the credentials' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l login -l account -l email -d 'Login, email or account name' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l with-token -d 'Read the token or secret key from stdin (for scripts), instead of prompting'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l store-password -d 'Also store the password, so an expired token can be renewed without asking (Carbonio)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand login" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand logout" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand completions" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l port -d 'Port on 127.0.0.1 (0 picks a free one)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l profile -d 'Settings profile to use' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l config -d 'Config file to read instead of config.toml in the config dir (CHATDROP_CONFIG_DIR)' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l jobs -d 'Concurrent uploads for several files' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l retries -d 'Retries after a temporary failure (connect error, 429, 502/503/504)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l ca-cert -d 'Extra CA certificate (PEM) to trust, for self-hosted servers with a private CA' -r -F
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l connect-timeout -d 'Give up connecting after this long' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l stall-timeout -d 'Fail a transfer when no data moves for this long (there is no total time limit)' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l response-timeout -d 'How long to wait for the server\'s answer once a file is fully sent' -r
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l json -d 'Print results as JSON, one object per line (NDJSON), on stdout'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s q -l quiet -d 'No progress or status on stderr (results and errors still print)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s v -l verbose -d 'Log requests and responses on stderr (-vv: with headers); secrets are always redacted'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l no-input -d 'Never prompt; fail at once when input would be needed'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -l sandbox -d 'Run against built-in local fakes of the services (no account needed)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s h -l help -d 'Print help'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "pyrus" -d 'Pyrus: upload files (and attach them to a task), download files'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "connect" -d '1C-Connect: send images into group chats and support lines'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "ok" -d 'OK.ru: publish images as Moments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "carbonio" -d 'Zextras Carbonio chats: attach files to rooms; list, fetch, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "protocol" -d 'Protocol chat: upload, list, get, rename, delete attachments'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "login" -d 'Set up credentials for a service (checked live before they are saved)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "logout" -d 'Forget the stored credentials of a service'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "auth" -d 'Credentials overview'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "completions" -d 'Print a shell completion script'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "sandbox" -d 'Serve local fakes of every service, for trying chatdrop and for tests'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and not __fish_seen_subcommand_from pyrus connect ok carbonio protocol login logout auth completions sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from pyrus" -f -a "upload" -d 'Upload files (one request each) and print their guids; with --task, attach them all to the task in one comment'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from pyrus" -f -a "download" -d 'Download a file by its guid or id, under the name Pyrus gives it'
complete -c chatdrop -n "__fish_chatdrop_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Which services have credentials in this profile, and where they come from (never the secrets)'
