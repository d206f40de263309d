<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ActivityPage</name>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="66" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="70" />
            <location filename="../../clerk_app/ui/activity/page.py" line="229" />
            <source>Work offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="72" />
            <source>Stop using the network until you choose to sync again (everything you do is kept on this computer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="75" />
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="76" />
            <location filename="../../clerk_app/ui/activity/page.py" line="232" />
            <source>Send what waits and fetch what is new, right away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="95" />
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="96" />
            <source>Done at this counter and saved here; sent to the store server as soon as it can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="112" />
            <source>Nothing is waiting: everything done here has reached the store server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="121" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="122" />
            <source>Actions the store server could not apply, and what it says now. Decide for each: open the record, try again, or dismiss it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="134" />
            <source>No conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="141" />
            <source>Sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="142" />
            <source>What the sync did since Clerk started, newest first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="172" />
            <source>The oldest %1 of %2 are shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="201" />
            <source>Connected to the store server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="202" />
            <source>The store server cannot be reached; Clerk keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="203" />
            <source>Working offline: nothing is sent until you sync again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="204" />
            <source>The store server no longer accepts this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="205" />
            <source>The store server answers with errors; Clerk keeps trying.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="206" />
            <source>The store server needs a newer Clerk: nothing is sent until Clerk is updated on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="213" />
            <source>last synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="214" />
            <source>not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="224" />
            <source>Sync requested.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="229" />
            <source>Go back online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/page.py" line="231" />
            <source>Go back online first</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="77" />
            <source>Manager approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="81" />
            <source>A manager must approve: %1 for order %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="92" />
            <source>The manager types their own password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="100" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="105" />
            <source>A manager must sign in on this computer once before they can approve here. Ask a manager to sign in (Lock, then Switch staff), then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="110" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="117" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="118" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="120" />
            <source>The action is recorded in the manager's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="121" />
            <location filename="../../clerk_app/ui/common/approval.py" line="184" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="144" />
            <source>The manager types their password to approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="172" />
            <source>That password doesn't match %1's. Nothing was done.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="174" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/approval.py" line="176" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s). They need to sign in here once more before they can approve.</source>
            <translation>
                <numerusform>%1 hasn't signed in on this computer in the last %n hour. They need to sign in here once more before they can approve.</numerusform>
                <numerusform>%1 hasn't signed in on this computer in the last %n hours. They need to sign in here once more before they can approve.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/approval.py" line="184" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ArrivalDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="325" />
            <source>Customer arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="328" />
            <source>%1 is here for order %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="331" />
            <source>Note (optional), for example: waiting in the car, blue van</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="334" />
            <source>Record arrival</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="61" />
            <source>Close this message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CancelDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="33" />
            <source>The customer asked to cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="33" />
            <source>Items out of stock or damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Payment problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Duplicate order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="34" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="42" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="67" />
            <source>Cancel order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="46" />
            <source>Cancel order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="48" />
            <source>The customer is told the order is cancelled, and its items go back to stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="54" />
            <source>Choose a reason…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="58" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="61" />
            <source>Details (needed for Other)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="63" />
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="69" />
            <source>Keep the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="83" />
            <source>Choose why the order is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="85" />
            <source>Say in a few words why the order is cancelled.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CartCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="248" />
            <source>Online cart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="269" />
            <source>No online cart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="272" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="272" />
            <source>Abandoned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="273" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="276" />
            <source>%1 · updated %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="278" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="278" />
            <source>Qty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="278" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="278" />
            <source>In this store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="295" />
            <source>Not stocked here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="297" />
            <source>None available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="299" />
            <source>Only %1 available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="301" />
            <source>%1 available</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClerkContext</name>
        <message>
            <location filename="../../clerk_app/ui/common/context.py" line="170" />
            <source>An action could not be applied by the store server. See Activity.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictItem</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="119" />
            <source>Now:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="124" />
            <source>Tried by %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="128" />
            <source>The store server says: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="134" />
            <source>Open the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="137" />
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="138" />
            <source>Send the same action again, as you, now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="141" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="142" />
            <source>Accept the store server's version and remove this from the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="174" />
            <source>Queued again: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConnectionStatus</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="89" />
            <source>Open Activity: what waits to sync, conflicts and the sync log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="101" />
            <source>Connected to the store server; changes arrive within a second.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="102" />
            <source>The store server cannot be reached. Keep working: what you do is saved here and syncs when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="104" />
            <source>You chose to work offline. Nothing is sent until you sync again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="105" />
            <source>The store server no longer accepts this computer. A manager must enroll it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="106" />
            <source>The store server answers with errors. Clerk keeps retrying; your work is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="107" />
            <source>The store server needs a newer Clerk. Keep working: what you do is saved here and syncs once IT updates Clerk on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="120" />
            <source>Synced %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="121" />
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="124" />
            <source>%n waiting to sync</source>
            <translation>
                <numerusform>%n waiting to sync</numerusform>
                <numerusform>%n waiting to sync</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="124" />
            <source>All synced</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/main_window.py" line="126" />
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflict</numerusform>
                <numerusform>%n conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="78" />
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="91" />
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="92" />
            <source>Your work waiting to sync is safe. Clerk can keep running; if this repeats, restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="102" />
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="103" />
            <source>Copy the technical details, to send to your IT support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="105" />
            <source>Quit Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="107" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/crash.py" line="121" />
            <source>This happened %n time(s).</source>
            <translation>
                <numerusform>This happened %n time.</numerusform>
                <numerusform>This happened %n times.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/crash.py" line="127" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerView</name>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="73" />
            <source>Order history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="75" />
            <source>All channels · click an order for its lines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="208" />
            <source>Loading this customer from the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="209" />
            <source>This customer is not on this computer, and the server cannot be asked right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="228" />
            <source>From the server · not kept on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="231" />
            <source>Up to date · %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="232" />
            <source>Checked with the store server just now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="234" />
            <source>Offline — as of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="235" />
            <source>The store server cannot be reached: this is what this computer last heard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="237" />
            <source>As of %1 · refreshing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="240" />
            <source>As of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/view.py" line="241" />
            <source>The server could not be asked just now.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Customers</name>
        <message>
            <location filename="../../clerk_app/ui/customers/results.py" line="143" />
            <source>From the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="21" />
            <source>No tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="23" />
            <source>Platinum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="24" />
            <source>Gold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="25" />
            <source>Silver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="30" />
            <source>Web</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="30" />
            <source>App</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="30" />
            <source>In store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="30" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="31" />
            <source>Text message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="37" />
            <source>Placed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="38" />
            <source>Paid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="39" />
            <source>Fulfilled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="40" />
            <location filename="../../clerk_app/ui/customers/text.py" line="49" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="41" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="42" />
            <source>Partly returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="47" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="47" />
            <source>Being picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="47" />
            <source>Ready for pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Not collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="48" />
            <source>Restocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="57" />
            <source>%1 (this store)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="58" />
            <source>Another store (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="64" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="66" />
            <source>Bought in store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="66" />
            <source>Bought in another store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Pickup here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/text.py" line="68" />
            <source>Pickup at another store</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomersPage</name>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="65" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="97" />
            <source>Find a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="99" />
            <source>Type a name, email, phone, loyalty card or order number — or scan it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="103" />
            <source>Ctrl+K jumps to the search bar from anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="134" />
            <source>No customer found for “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="195" />
            <source>Search results appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="198" />
            <source>Found: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="198" />
            <source>No customer found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="200" />
            <source>on this computer · asking the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="202" />
            <source>%1 more from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="203" />
            <source>the server has no others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="205" />
            <source>from this computer only (the server did not answer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="207" />
            <source>from this computer only (signed in offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/page.py" line="209" />
            <source>Offline — from this computer only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="42" />
            <source>Under 1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="42" />
            <source>1–4 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="43" />
            <source>4–24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="43" />
            <source>1–3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="44" />
            <source>Over 3 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="187" />
            <source>Pickups per day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="192" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="193" />
            <source>Picked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="198" />
            <source>How long open pickups have waited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/charts.py" line="203" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="63" />
            <source>Only a store manager can see the store's figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="93" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="96" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="96" />
            <source>7 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="96" />
            <source>30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="96" />
            <source>Custom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="117" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="122" />
            <source>Export to CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="123" />
            <source>Save the pickups created in this period as a spreadsheet file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="130" />
            <source>Closed pickups older than 30 days are not kept on this computer; these figures may be incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="137" />
            <source>Open pickups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="137" />
            <source>Overdue now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="138" />
            <source>Ready and waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="138" />
            <source>Picked up today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="139" />
            <source>Orders in the period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="139" />
            <source>Order to ready (median)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="140" />
            <source>Ready on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="140" />
            <source>Wait on shelf (median)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="141" />
            <source>No-show rate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="144" />
            <source>Right now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="272" />
            <source>Orders created %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="287" />
            <source>on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="288" />
            <source>from %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="294" />
            <source>%1 new · %2 picking · %3 ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="297" />
            <source>not ready by the promised time</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="301" />
            <source>%n past collect-by</source>
            <translation>
                <numerusform>%n past collect-by</numerusform>
                <numerusform>%n past collect-by</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="301" />
            <source>on the shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="302" />
            <source>handed over since midnight</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="303" />
            <source>%1 picked up · %2 no-show · %3 cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="306" />
            <source>No order created in this period has been ready yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="307" />
            <source>from order to on the shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="309" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="311" />
            <source>by the promised time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="313" />
            <source>from ready to collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="314" />
            <source>No order created in this period has been collected yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="316" />
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="319" />
            <source>of collected or missed orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="317" />
            <source>No order created in this period was collected or missed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="330" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="330" />
            <source>Past collect-by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="331" />
            <source>To restock (no-shows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="345" />
            <source>Figures from this computer's data; it has not synced with the store server yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="347" />
            <source>Figures from this computer's data, as of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="349" />
            <source>Offline: figures from this computer's data as of %1. Changes made elsewhere since then are not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="364" />
            <source>Export pickups to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="365" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/dashboard.py" line="385" />
            <source>%Ln pickup(s) created %1, with their state now.</source>
            <translation>
                <numerusform>%Ln pickup created %1, with their state now.</numerusform>
                <numerusform>%Ln pickups created %1, with their state now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DemoMenu</name>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="49" />
            <source>&amp;Demo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="50" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="52" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="71" />
            <source>Restore the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="52" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="71" />
            <source>Cut the connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="53" />
            <source>Act as if the store's network cable were pulled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="54" />
            <source>New web order for pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="55" />
            <source>Customer edits their online cart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="56" />
            <source>Cancel an order centrally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="57" />
            <location filename="../../clerk_app/ui/demo/menu.py" line="141" />
            <source>Demo tour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="74" />
            <source>The connection is cut. Keep working: what you do waits to sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="75" />
            <source>The connection is back. Waiting actions are being sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="99" />
            <source>A new web order for pickup arrived: order %1 for %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="101" />
            <source>No customer could place a web order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="112" />
            <source>%1 changed their online cart; it now comes to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="114" />
            <source>No customer has a cart to edit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="128" />
            <source>The customer service centre cancelled order %1 (%2). If it was being handed over here, Activity shows a conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="131" />
            <source>No open order of this store could be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="139" />
            <source>%1 (username %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="140" />
            <source>an associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="141" />
            <source>Try this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/demo/menu.py" line="143" />
            <source>&lt;ol&gt;&lt;li&gt;Sign in as %1 with the password &lt;b&gt;%2&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Cut the connection&lt;/b&gt;: the status bar turns to Offline.&lt;/li&gt;&lt;li&gt;Open Pickups and hand over a ready order: it shows at once, marked as waiting to sync.&lt;/li&gt;&lt;li&gt;Demo → &lt;b&gt;Restore the connection&lt;/b&gt; and watch it sync in Activity.&lt;/li&gt;&lt;li&gt;Cut the connection again, start handing over another order, then Demo → &lt;b&gt;Cancel an order centrally&lt;/b&gt;. Restore the connection: Activity shows the conflict and your choices.&lt;/li&gt;&lt;li&gt;While online, Demo → &lt;b&gt;New web order for pickup&lt;/b&gt;: it appears in Pickups without a refresh.&lt;/li&gt;&lt;/ol&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollCountersDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="37" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="42" />
            <source>Enroll counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="53" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="54" />
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="127" />
            <source>Create code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="55" />
            <source>Copy code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="56" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="73" />
            <source>A code lets new counters join %1 without a manager's password: type it on the counter when Clerk first starts, or give it to IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="82" />
            <source>Valid for (hours)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="83" />
            <source>Number of counters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="103" />
            <source>This code is shown only now. Write it down or copy it before you close this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="127" />
            <source>Creating…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="149" />
            <source>Works until %1 for %n counter(s).</source>
            <translation>
                <numerusform>Works until %1 for %n counter.</numerusform>
                <numerusform>Works until %1 for %n counters.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="158" />
            <source>Copied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="170" />
            <source>Creating a code needs your online sign-in. Lock the screen and sign in again while the store server can be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="175" />
            <source>Clerk can't reach the store server, and creating a code needs it. Try again when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="180" />
            <source>Only a manager of this store can create enrollment codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/enroll_counters.py" line="182" />
            <source>The store server is busy. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrollDialog</name>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="59" />
            <source>Set up Clerk on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="65" />
            <source>Set up this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="77" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="78" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="79" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="196" />
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="83" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="197" />
            <source>Connect this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="104" />
            <source>Clerk connects to your store once. A manager signs in here to do it; after that, staff sign in with their own username.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="114" />
            <source>Store server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="119" />
            <source>A manager signs in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="120" />
            <source>I have an enrollment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="127" />
            <source>Manager's username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="127" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="130" />
            <source>Set by your IT department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="133" />
            <source>Enrollment code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="133" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="170" />
            <source>This computer's name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="162" />
            <source>As staff call it, e.g. Riverside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="164" />
            <source>Store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="169" />
            <source>Store name shown in Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="196" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="197" />
            <source>Connecting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="211" />
            <location filename="../../clerk_app/ui/session/enroll.py" line="264" />
            <source>The store server address must start with https:// (http:// only for a server on this computer), for example https://central.example.com</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="217" />
            <source>Enter the manager's username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="244" />
            <source>Signed in as %1 (manager). Choose the store this computer works for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="271" />
            <source>An enrollment code has ten letters and digits, like %1. Check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="334" />
            <source>Only a manager can set up this computer. Ask a manager of this store to sign in here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="339" />
            <source>Clerk can't reach the store server at that address. Check the address and the network, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="342" />
            <source>That enrollment code is wrong, used up or expired. Ask a manager for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="345" />
            <source>Too many wrong enrollment codes. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong enrollment codes. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong enrollment codes. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="347" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/enroll.py" line="352" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Sign-in for this username is locked for %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Sign-in for this username is locked for %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="355" />
            <source>That address doesn't answer like a Clerk store server. Check it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/enroll.py" line="359" />
            <source>Clerk couldn't save its settings on this computer. Check the disk and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="49" />
            <source>Export to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="61" />
            <source>Export pickups to CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="64" />
            <source>To: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="75" />
            <source>Open folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="77" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="79" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="93" />
            <source>Writing the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="115" />
            <source>Order number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="115" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="115" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="115" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="116" />
            <source>Promised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="116" />
            <source>Ready at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="116" />
            <source>Collect by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="116" />
            <source>Picked up at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="117" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="117" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="117" />
            <source>Hand-over ID check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="117" />
            <source>Cancel reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="127" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/manager/export.py" line="150" />
            <source>Saved %Ln pickup(s) to %1.</source>
            <translation>
                <numerusform>Saved %Ln pickup to %1.</numerusform>
                <numerusform>Saved %Ln pickups to %1.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="155" />
            <source>Export cancelled. No file was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="158" />
            <source>an unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/export.py" line="159" />
            <source>The file could not be saved (%1). Try another folder.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="37" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HandOverDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="206" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="259" />
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="210" />
            <source>Hand over order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="213" />
            <source>On shelf %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="219" />
            <source>Type or scan the customer's code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="222" />
            <source>Pickup code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="228" />
            <source>%1 (the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="234" />
            <source>%1 (named by the customer)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="237" />
            <source>Collected by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="243" />
            <source>ID checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="246" />
            <source>Last 4 characters of the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="247" />
            <source>Last four</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="250" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="251" />
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="251" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="251" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="288" />
            <source>%n item(s) stay in the store and go back to stock.</source>
            <translation>
                <numerusform>%n item stay in the store and go back to stock.</numerusform>
                <numerusform>%n items stay in the store and go back to stock.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="296" />
            <source>That is the bag's label. Ask the customer for their pickup code, or scan the code on their phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="303" />
            <source>Enter the pickup code the customer shows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="305" />
            <source>That code doesn't match this order. Check the code on the customer's confirmation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="309" />
            <source>Enter the last four characters of the ID document.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="311" />
            <source>Nothing is collected. Hand over at least one item.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeaderCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="100" />
            <source>Points: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="102" />
            <source>Not in the loyalty programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="105" />
            <source>Email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="105" />
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>None given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="106" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="107" />
            <source>Prefers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Marketing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>Agreed to offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="108" />
            <source>No offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="109" />
            <source>Home store</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>Loyalty card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="110" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="155" />
            <source>Clerk — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="256" />
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="284" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="284" />
            <source>Pickups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="284" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="285" />
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="354" />
            <source>Your language on this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="356" />
            <source>Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="357" />
            <source>Lock the screen (Ctrl+L); unlock or switch staff from the lock screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="365" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="385" />
            <source>Enroll counters…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="465" />
            <source> (signed in offline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="466" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="466" />
            <location filename="../../clerk_app/ui/main_window.py" line="467" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="496" />
            <source>Clerk must be updated on this computer: the store server no longer accepts this version. Keep working; nothing is lost, and waiting actions sync after the update. Tell your manager or IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/main_window.py" line="501" />
            <source>The connection is back. To see live data from the store server, sign in again: Lock, then Switch staff. Until then Clerk shows what is saved on this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ManagerSection</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="136" />
            <source>Manager actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="137" />
            <source>Needs a manager: a manager approves here with their password, and the action is recorded in their name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="142" />
            <source>Cancel order…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="143" />
            <source>Mark no-show…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="144" />
            <source>Restock…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="167" />
            <source>Needs a manager's approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="193" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Cancel order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="200" />
            <source>Order %1 cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="202" />
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="210" />
            <source>The customer did not collect it by %1. The order is closed and its items wait to be restocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="214" />
            <source>Order %1 marked as a no-show.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="217" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="218" />
            <source>Mark no-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="218" />
            <source>Mark order %1 as a no-show?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="225" />
            <source>Its items go back on the shelves for sale. The order stays closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="229" />
            <source>Order %1 restocked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="231" />
            <source>Restock order %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="232" />
            <location filename="../../clerk_app/ui/pickups/manager_actions.py" line="233" />
            <source>Restock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkReadyDialog</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="144" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="163" />
            <source>Mark ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="148" />
            <source>Order %1 is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="151" />
            <source>For example B-04</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="153" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="155" />
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="156" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="156" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="156" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="178" />
            <source>Partial pick: %n item(s) missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</source>
            <translation>
                <numerusform>Partial pick: %n item missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</numerusform>
                <numerusform>Partial pick: %n items missing. The customer's ready notice will say what is missing; only what was picked can be handed over.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="184" />
            <source>Enter the shelf where the order waits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="186" />
            <source>Nothing is picked. Pick at least one item, or ask a manager to cancel the order.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="324" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="327" />
            <source>Add a note for colleagues (Ctrl+Enter to save)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="329" />
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="351" />
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="362" />
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="363" />
            <source>Saved on this computer; it reaches the server when the connection is back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrderHistoryModel</name>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="181" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="181" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="181" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="181" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="181" />
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/history.py" line="182" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewCards</name>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="156" />
            <source>Lifetime value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="157" />
            <source>Orders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="158" />
            <source>Channels used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="159" />
            <source>Open pickups here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="160" />
            <source>Active cart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="205" />
            <source>Last: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="226" />
            <source>Open this pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="231" />
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/cards.py" line="235" />
            <source>Items: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PendingModel</name>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="63" />
            <source>What</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="63" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="63" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="63" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="63" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/items.py" line="84" />
            <source>Tried %n time(s)</source>
            <translation>
                <numerusform>Tried %n time</numerusform>
                <numerusform>Tried %n times</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="87" />
            <source>Sending…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="88" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/items.py" line="89" />
            <source>Not sent yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupDeadline</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="48" />
            <source>overdue %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="48" />
            <source>ready in %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="50" />
            <source>past collect-by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="50" />
            <source>collect within %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="57" />
            <source>picked up %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="57" />
            <source>cancelled %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="57" />
            <source>no-show %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="58" />
            <source>restocked %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupDetail</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="51" />
            <source>Select an order to see its items, deadlines and what to do next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="70" />
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="71" />
            <source>Saved on this computer; it reaches the store server when the connection allows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="85" />
            <source>Start picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="86" />
            <source>Mark ready…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="87" />
            <source>Hand over…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="88" />
            <source>Customer arrived…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="98" />
            <source>Print slip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="99" />
            <source>Print bag label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="100" />
            <source>The order, customer, items, shelf and deadlines on one page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="101" />
            <source>A label for the bag, with a code to scan at hand-over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="115" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="117" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="117" />
            <location filename="../../clerk_app/ui/pickups/detail.py" line="207" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="117" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="117" />
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="130" />
            <source>Messages to the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="136" />
            <source>Send reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="137" />
            <source>Re-send ready notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="144" />
            <source>Hand-over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="176" />
            <source>Order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="180" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="182" />
            <source>Customer: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="208" />
            <source>Ready by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="210" />
            <source>Ready since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="212" />
            <source>Collect by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="213" />
            <source>Not on a shelf yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="215" />
            <source>May also collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="217" />
            <source>Here since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="220" />
            <source>Customer arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="222" />
            <source>Picked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="224" />
            <source>Cancelled because</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="251" />
            <source>Ready notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="251" />
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="251" />
            <source>Cancellation notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="252" />
            <source>by email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="252" />
            <source>by text message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="252" />
            <source>by phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="253" />
            <source>in the app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="257" />
            <source>waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="269" />
            <source>None sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="277" />
            <source>someone else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="281" />
            <source>%1 ending %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="285" />
            <source>Collected by %1 · %2 · handed over by %3, %4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="316" />
            <source>Picking started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="319" />
            <source>Reminder queued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="322" />
            <source>Ready notice queued.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="351" />
            <source>Marked ready on shelf %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="357" />
            <source>Handed over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/detail.py" line="363" />
            <source>Arrival recorded.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupDialogs</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="56" />
            <source>One fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="57" />
            <source>One more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="110" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="194" />
            <source>ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="194" />
            <source>Driver's licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="195" />
            <source>Passport</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="195" />
            <source>Pickup code only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/dialogs.py" line="196" />
            <source>No check</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupListModel</name>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="111" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="112" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Ready by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="131" />
            <source>Collect by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/manager/tiles.py" line="144" />
            <source>was due %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupQueueModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="61" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="62" />
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Ready by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="165" />
            <source>Collect by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/queue_model.py" line="198" />
            <source>Waiting to sync</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupStatus</name>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="33" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="33" />
            <source>Picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="34" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="34" />
            <source>Picked up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="35" />
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="35" />
            <source>Restocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/pickup_cells.py" line="36" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PickupsPage</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="51" />
            <source>Pickups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="57" />
            <source>Queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="58" />
            <source>Reminders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="59" />
            <source>Ready orders not collected after a number of hours: remind their customers in one go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="127" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="127" />
            <source>Picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="127" />
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="128" />
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="128" />
            <source>Past collect-by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="129" />
            <source>Done today</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="158" />
            <source>%n open</source>
            <translation>
                <numerusform>%n open</numerusform>
                <numerusform>%n open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="160" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/page.py" line="161" />
            <source>%n done today</source>
            <translation>
                <numerusform>%n done today</numerusform>
                <numerusform>%n done today</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="166" />
            <source>No new orders. New web orders appear here by themselves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="167" />
            <source>Nothing is being picked right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="168" />
            <source>No orders are waiting on the shelf.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="169" />
            <source>Nothing is overdue. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="170" />
            <source>Every ready order is still within its collect-by time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="171" />
            <source>Nothing handed over, cancelled or missed today yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="325" />
            <source>This order is not in this store's pickup list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/page.py" line="337" />
            <source>Order %1 is %2: it can be handed over once it is ready.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="115" />
            <source>Or: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="122" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Shelf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="123" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="160" />
            <source>Items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="130" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Collect by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="136" />
            <source>Scan at hand-over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="152" />
            <source>Printed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="169" />
            <source>Continued on the next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="182" />
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="195" />
            <source>Scan to open the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="198" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="301" />
            <location filename="../../clerk_app/ui/printing/printer.py" line="185" />
            <source>Pickup slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="199" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="215" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="217" />
            <source>May also collect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="227" />
            <location filename="../../clerk_app/ui/printing/layouts.py" line="246" />
            <source>Ordered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="228" />
            <source>Ready by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="229" />
            <source>Set when ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="230" />
            <source>Not on a shelf yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="246" />
            <source>Item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="246" />
            <source>SKU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="247" />
            <source>Picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="271" />
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="284" />
            <source>Hand-over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="285" />
            <source>Check the customer's pickup code in Clerk before handing anything over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>Collected by (name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="288" />
            <source>ID checked (type, last 4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="289" />
            <source>Handed over by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/layouts.py" line="297" />
            <source>Customer signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="185" />
            <source>Bag label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="272" />
            <source>Print preview — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="279" />
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="288" />
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="289" />
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="295" />
            <source>The PDF could not be saved to %1. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/printing/printer.py" line="298" />
            <source>Saved %1.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersModel</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="69" />
            <source>Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="69" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="69" />
            <source>Ready since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="69" />
            <source>Last reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="70" />
            <source>Reminders sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="166" />
            <source>%1 ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="169" />
            <source>Queued, waiting to sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="170" />
            <source>Never</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RemindersView</name>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="205" />
            <source>Ready and not collected after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="213" />
            <source>Hours since the order was ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="214" />
            <source>hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="222" />
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="223" />
            <source>Select none</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="257" />
            <source>%n order(s) waiting</source>
            <translation>
                <numerusform>%n order waiting</numerusform>
                <numerusform>%n orders waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="258" />
            <source>Ticked: customers not reminded in the last %n hour(s). Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</source>
            <translation>
                <numerusform>Ticked: customers not reminded in the last %n hour. Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</numerusform>
                <numerusform>Ticked: customers not reminded in the last %n hours. Reminders are queued on this computer and sent when the connection allows. Double-click an order to open it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="261" />
            <source>Every ready order was collected within %n hour(s) of being ready. Nobody to remind.</source>
            <translation>
                <numerusform>Every ready order was collected within %n hour of being ready. Nobody to remind.</numerusform>
                <numerusform>Every ready order was collected within %n hours of being ready. Nobody to remind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="284" />
            <source>Send reminder to %n customer(s)</source>
            <translation>
                <numerusform>Send reminder to %n customer</numerusform>
                <numerusform>Send reminder to %n customers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="321" />
            <source>Reminders queued for %n customer(s).</source>
            <translation>
                <numerusform>Reminders queued for %n customer.</numerusform>
                <numerusform>Reminders queued for %n customers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/pickups/reminders.py" line="323" />
            <source>%n order(s) skipped: no longer waiting on the shelf.</source>
            <translation>
                <numerusform>%n order skipped: no longer waiting on the shelf.</numerusform>
                <numerusform>%n orders skipped: no longer waiting on the shelf.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="47" />
            <source>Search name, email, phone, loyalty card or order number — or scan  (Ctrl+K)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="129" />
            <source>Scanned “%1”: this is not a pickup code, a bag label, an order number or a loyalty card.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="150" />
            <source>Pickup %1 is not in this store's list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="177" />
            <source>No order %1 on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="178" />
            <source>No loyalty card %1 on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="180" />
            <source>Clerk will find it once it is back online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="188" />
            <source>No order %1 was found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/customers/search_bar.py" line="189" />
            <source>No loyalty card %1 was found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetByIT</name>
        <message>
            <location filename="../../clerk_app/ui/common/set_by_it.py" line="12" />
            <source>Set by your IT department</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignInScreen</name>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="63" />
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="111" />
            <location filename="../../clerk_app/ui/session/signin.py" line="112" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="136" />
            <source>Your staff username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="138" />
            <source>The store server can't be reached. If you signed in on this computer recently, your password still works.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="143" />
            <source>&amp;Username</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="144" />
            <location filename="../../clerk_app/ui/session/signin.py" line="177" />
            <source>&amp;Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="146" />
            <location filename="../../clerk_app/ui/session/signin.py" line="258" />
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="167" />
            <source>Screen locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="179" />
            <location filename="../../clerk_app/ui/session/signin.py" line="259" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="181" />
            <source>Switch staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="182" />
            <source>Sign this person out so someone else can sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="195" />
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="195" />
            <location filename="../../clerk_app/ui/session/signin.py" line="196" />
            <source>Associate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="205" />
            <source>Demo staff: choose one, then press Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="210" />
            <source>Username: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="236" />
            <source> · signed in offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="274" />
            <source>Enter your username and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="289" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="307" />
            <source>Signed in offline. Look-ups on the store server wait for the connection; what you do is saved here and syncs when it is back.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="315" />
            <source>Too many wrong passwords. Sign-in for this username is locked for %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Sign-in for this username is locked for %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Sign-in for this username is locked for %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="318" />
            <source>This staff member is not on the staff of this store, so they can't sign in on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="321" />
            <source>That username and password don't match. Check them and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="328" />
            <source>That password doesn't match. The store server can't be reached, so Clerk checked it on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="331" />
            <source>Too many wrong passwords. Try again in %n minute(s).</source>
            <translation>
                <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
                <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/session/signin.py" line="333" />
            <source>%1 hasn't signed in on this computer in the last %n hour(s), so the password can't be checked until the store server can be reached again.</source>
            <translation>
                <numerusform>%1 hasn't signed in on this computer in the last %n hour, so the password can't be checked until the store server can be reached again.</numerusform>
                <numerusform>%1 hasn't signed in on this computer in the last %n hours, so the password can't be checked until the store server can be reached again.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="337" />
            <source>The store server can't be reached and your password can't be checked on this computer. Try again when the connection is back, or choose Switch staff.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="339" />
            <source>Signing in didn't work. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="350" />
            <source>Enter your password to unlock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/session/signin.py" line="362" />
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Splash</name>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="111" />
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>activity</name>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="21" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="22" />
            <source>Being picked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="23" />
            <source>Ready for pickup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="24" />
            <source>Collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="25" />
            <location filename="../../clerk_app/ui/activity/words.py" line="75" />
            <source>Not collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="26" />
            <source>Restocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="27" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="33" />
            <source>order %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="33" />
            <source>an order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="41" />
            <source>Start picking %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="43" />
            <source>Mark %1 ready (shelf %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="46" />
            <source>Hand over %1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="47" />
            <source>Hand over %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="50" />
            <source>Send a reminder for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="51" />
            <source>Tell the customer %1 is ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="53" />
            <source>Customer arrived for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="55" />
            <source>Mark %1 as not collected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="57" />
            <source>Put %1 back in stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="59" />
            <source>Cancel %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="61" />
            <source>Note on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="61" />
            <source>a customer</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/activity/words.py" line="63" />
            <source>Customer views recorded: %n</source>
            <translation>
                <numerusform>Customer views recorded: %n</numerusform>
                <numerusform>Customer views recorded: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="64" />
            <location filename="../../clerk_app/ui/activity/words.py" line="80" />
            <source>Another change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="70" />
            <source>Start picking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="71" />
            <source>Mark ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="72" />
            <source>Hand over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="73" />
            <source>Customer notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="74" />
            <source>Customer arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="76" />
            <source>Put back in stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="77" />
            <source>Cancel order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="78" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="79" />
            <source>Record of customer views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="90" />
            <source>This order was cancelled: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="91" />
            <source>Someone else changed this order first: it is now “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="93" />
            <source>The pickup code did not match this order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="94" />
            <source>Only a manager may do this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="95" />
            <source>The store server no longer has this record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="96" />
            <source>Someone else changed this record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="97" />
            <source>The store server already has a different version of this action.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="98" />
            <source>The store server does not know this action yet. It is kept here: retry it once the store server is updated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="105" />
            <source>The store server did not accept it: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/words.py" line="106" />
            <source>The store server did not accept it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>app</name>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="127" />
            <source>Generating three stores and %n customer(s)…</source>
            <translation>
                <numerusform>Generating three stores and %n customer…</numerusform>
                <numerusform>Generating three stores and %n customers…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="128" />
            <source>Setting up this computer as a counter of the first store…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="200" />
            <source>Preparing the demo store…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="205" />
            <location filename="../../clerk_app/ui/app.py" line="327" />
            <source>Opening Clerk…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="228" />
            <location filename="../../clerk_app/ui/app.py" line="373" />
            <source>Clerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="238" />
            <source>The Clerk demo is already open on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="242" />
            <source>The demo could not start. The details are in Clerk's log file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="252" />
            <source>Clerk could not open its secure storage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="256" />
            <source>This computer has no secure storage for passwords, so you'll need to sign in again after restarting Clerk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="274" />
            <source>Clerk is already open on this computer. Switch to the open Clerk window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="279" />
            <source>Clerk could not open its saved data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="292" />
            <source>Connecting this computer to the store…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/app.py" line="358" />
            <source>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</source>
            <translation>
                <numerusform>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</numerusform>
                <numerusform>The saved data on this computer was damaged and is being downloaded again; actions waiting to sync that were kept: %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/app.py" line="361" />
            <source>Some actions waiting to sync could not be read and are lost; check them in the store system.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="13" />
            <source>Online</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="14" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="15" />
            <source>Working offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="16" />
            <source>Device signed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="17" />
            <source>Server trouble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/activity/connection_words.py" line="18" />
            <source>Update Clerk</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>format</name>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="125" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="128" />
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="130" />
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="132" />
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="133" />
            <source>%n d ago</source>
            <translation>
                <numerusform>%n d ago</numerusform>
                <numerusform>%n d ago</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="143" />
            <source>%1 d %2 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../clerk_app/ui/common/format.py" line="146" />
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../clerk_app/ui/common/format.py" line="148" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
</TS>
