from fogofwar.cli import main

main()
