import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogTitle,
} from '@angular/material/dialog';

export interface FillConfirmation {
  readonly candidateName: string;
  readonly currentLevel: string;
  readonly positionTitle: string;
  readonly seatLevel: string;
  readonly teamName: string;
}

// "Are you sure?" before a seat goes to someone: filling records a move in
// their history and closes the seat, so it deserves a deliberate second click.
@Component({
  selector: 'app-fill-confirm-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  template: `
    <h2 mat-dialog-title>Give {{ data.candidateName }} this seat?</h2>
    <mat-dialog-content>
      <p>
        <strong>{{ data.candidateName }}</strong> becomes <strong>{{ data.positionTitle }}</strong> on
        {{ data.teamName }} today.
      </p>
      <ul>
        <li>
          Their move from {{ data.currentLevel }} to {{ data.seatLevel }} is recorded in their history and in
          the mobility figures.
        </li>
        <li>The seat is marked filled and leaves the list of open positions.</li>
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="false">Cancel</button>
      <button matButton="filled" type="button" [mat-dialog-close]="true" cdkFocusInitial>
        Fill the seat
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    ul {
      margin: 12px 0 0;
      padding-inline-start: 20px;
    }
    li + li {
      margin-block-start: 6px;
    }
  `,
})
export class FillConfirmDialog {
  protected readonly data = inject<FillConfirmation>(MAT_DIALOG_DATA);
}
