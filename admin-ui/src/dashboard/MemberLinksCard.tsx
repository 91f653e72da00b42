import { Card, CardContent, List, ListItem, ListItemButton, ListItemIcon, ListItemText, Typography } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import { Link, useTranslate } from 'react-admin';
import { MY_ORGANIZATION_PATH, MY_PROFILE_PATH } from '../me/my-records';

/** A member's way in: the two pages they keep up to date. */
export const MemberLinksCard = () => {
  const translate = useTranslate();
  return (
    <Card component="section" aria-labelledby="member-links-title" data-testid="member-links">
      <CardContent>
        <Typography id="member-links-title" component="h2" variant="h6" gutterBottom>
          {translate('app.dashboard.member_links.title')}
        </Typography>
        <List disablePadding>
          <ListItem disablePadding>
            <ListItemButton component={Link} to={MY_ORGANIZATION_PATH}>
              <ListItemIcon>
                <CorporateFareIcon />
              </ListItemIcon>
              <ListItemText primary={translate('app.menu.my_organization')} secondary={translate('app.dashboard.member_links.organization')} />
            </ListItemButton>
          </ListItem>
          <ListItem disablePadding>
            <ListItemButton component={Link} to={MY_PROFILE_PATH}>
              <ListItemIcon>
                <AccountCircleIcon />
              </ListItemIcon>
              <ListItemText primary={translate('app.menu.my_profile')} secondary={translate('app.dashboard.member_links.profile')} />
            </ListItemButton>
          </ListItem>
        </List>
      </CardContent>
    </Card>
  );
};
