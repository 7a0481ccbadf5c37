package main

import (
	"fmt"
	"runtime/debug"
)

// version is set at release time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build info is shown.
var version = ""

func runVersion(args []string, e *env) int {
	fs := newFlags("version", "")
	args, code, ok := parseFlags(fs, args, e)
	if !ok {
		return code
	}
	if len(args) > 0 {
		return usageError(e, "version", "unexpected argument %q", args[0])
	}
	fmt.Fprintf(e.stdout, "blueprint %s\n", toolVersion())
	return exitOK
}

func toolVersion() string {
	if version != "" {
		return version
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}
