module github.com/blueprint-tools/blueprint

go 1.26.8

require (
	codeberg.org/go-pdf/fpdf v0.12.0
	github.com/BurntSushi/toml v1.6.0
	golang.org/x/image v0.47.0
	golang.org/x/tools v0.52.0
)
