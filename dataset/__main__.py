from dataset.cli import run

run()
