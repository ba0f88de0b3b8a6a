from landmark.cli import main

main()
