// Command sitrep turns folders of news articles about political violence
// into structured incident records. See README.md.
package main

import "os"

func main() { os.Exit(Main()) }
