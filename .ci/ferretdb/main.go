// Command ferretdb-ci runs an embedded FerretDB v1 (SQLite backend by default)
// on loopback for the test suite. It is a CI / developer tool only.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27018", "TCP address to listen on")
	dataDir := flag.String("data-dir", "", "SQLite data directory (required for -handler=sqlite)")
	handler := flag.String("handler", "sqlite", "backend: sqlite or postgresql")
	pgURL := flag.String("postgresql-url", "postgres://postgres@127.0.0.1:5432/ferretdb", "PostgreSQL URL for -handler=postgresql")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn, error")
	stdinLifeline := flag.Bool("stop-on-stdin-eof", false, "stop when standard input closes (the parent process is gone)")
	flag.Parse()

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-ci: bad -log-level: %v\n", err)
		os.Exit(2)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(logger)

	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Logger:   logger,
		Handler:  *handler,
	}

	switch *handler {
	case "sqlite":
		if *dataDir == "" {
			fmt.Fprintln(os.Stderr, "ferretdb-ci: -data-dir is required for the sqlite handler")
			os.Exit(2)
		}
		abs, err := filepath.Abs(*dataDir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-ci: %v\n", err)
			os.Exit(2)
		}
		if err := os.MkdirAll(abs, 0o755); err != nil {
			fmt.Fprintf(os.Stderr, "ferretdb-ci: %v\n", err)
			os.Exit(2)
		}
		// The SQLite URL must be a directory URI ending with a slash.
		cfg.SQLiteURL = "file:" + abs + "/"
	case "postgresql":
		cfg.PostgreSQLURL = *pgURL
	default:
		fmt.Fprintf(os.Stderr, "ferretdb-ci: unknown -handler %q\n", *handler)
		os.Exit(2)
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	// A parent that starts us with a pipe on stdin may die without stopping us (kill -9, a crashed test run):
	// the pipe then closes, and we stop instead of holding the port and the data folder forever.
	if *stdinLifeline {
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-ci: %v\n", err)
		os.Exit(1)
	}

	fmt.Fprintf(os.Stderr, "ferretdb-ci: listening on %s (handler %s)\n", *listen, *handler)
	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "ferretdb-ci: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintln(os.Stderr, "ferretdb-ci: stopped")
}
